"""Programmes: named policy instruments (pacts, partnerships, funds, systems, legal acts ...).

Found mainly by general patterns over the text, with the vocabulary in ``programmes.jsonl``:
- a capitalised noun phrase headed by an instrument word ("Frontex European Reintegration
  Programme", "EU-India Strategic Agenda", "Strategic and Comprehensive Partnership"), with its
  prepositional tail ("Pact on Migration and Asylum", "Memorandum of Understanding with Tunisia")
  or its number ("Executive Order 13818", "Regulation (EU) 2024/1348");
  A comma list closed by "and" belongs to the name ("Asylum, Migration and Integration Fund"), a
  second name after a slash too ("ReArm Europe Plan/Readiness 2030"), a number joined to a word
  ("10-Point Plan"), a law's year ("Act of 2015"), a tail's years ("... of Terrorism 2020–2024"),
  a comma list closing a tail's last item ("of Persons, Residence and Establishment") and a
  capitalised "in Response to ..." ("Trust Fund in Response to the Syrian Crisis"), a plus between
  partners ("Cotton-4 + Togo Project") and the years a head alone runs ("2023–2025 Strategy");
- a lower-case instrument word after a two-party compound ("EU-Turkey readmission agreement",
  "UK-Rwanda partnership") or after a capitalised name ("the Returning to New Opportunities
  programme": the name is the capitals);
- a capitalised name after "known as"/"called" with an instrument word, or after a verb or
  preposition that takes an instrument ("under the Security Action for Europe");
- named operations ("Operation Sovereign Borders");
- "the Union of X" ("Union of Skills"); a Title Case name in quotes ('Choose Europe for Science');
- acronyms defined in brackets after or inside a name, and a short curated list of well-known
  instruments (``extra`` records) as a supplement only.
A name followed by an event word ("... Summit", "... Conference") is an event, not a programme;
bodies, places, people's titles and chairmanships are not programmes either. A genitive inside a
place's name ("Chattogram-Cox's Bazar Road Project", ISO 3166-2's "Cox's Bazar") names no owner.

A plural name ("Team Europe Initiatives") names the kind, not one fuller instrument of it; a
part of an instrument ("Thematic Facility of the Asylum, Migration and Integration Fund") is not
the instrument, and an acronym after it that spells the instrument stands for the instrument;
"a Joint Declaration establishing a Skills Partnership" is that partnership.

Every mention's norm is the fullest name the letter gives that instrument: a back-reference
("the Pact") takes the nearest earlier full name with the same head word, a shorter form ("the
Memorandum of Understanding") the fuller one that extends it, and a lower-case re-statement
("the strategic and comprehensive partnerships") the capitalised name it repeats.
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from extractor.nlp.amounts import currency_tables, measure_words, set_spans
from extractor.nlp.data_files import read_jsonl_by_kind
from extractor.nlp.dates import other_calendar_eras
from extractor.nlp.dates import tables as date_tables
from extractor.nlp.extensions import SPAN_ASSIGNS, doc_text  # importing it registers the span attributes
from extractor.nlp.phrases import COURTESY_TITLES, FOREIGN_LINKS, RANK_TITLES
from extractor.reference.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from extractor.reference.casing import capital_initials, without_accents
from extractor.reference.countries import country_table, genitive_places, is_state_name
from extractor.reference.english import english_words
from extractor.reference.marks import COLUMN_GAP, FOOTNOTE_DIGITS, SUBJECT_LABEL
from extractor.reference.money import CURRENCY_SIGNS
from extractor.reference.numbers import YEAR
from extractor.reference.regexes import NO_WORD_OR_HYPHEN_AFTER, NO_WORD_OR_HYPHEN_BEFORE, alternation, literal_matches

FAMILY = "programme"
# The longest reach around a genitive its place's name ("Ra's al Khaymah") may have.
MAX_PLACE_CHARS = 40
# Span families found before programmes whose names a programme's name does not list.
OTHER_FAMILIES = ("organisation", "region", "route")
DATA_PATH = Path(__file__).with_name("programmes.jsonl")
# A month's name, as every date pattern here writes it (longest first, so the fullest form wins).
MONTH = f"(?:{alternation(MONTH_NAMES)})"
# Words that may precede a lone head word and make it a back-reference ("the Pact").
BACKREF_DETERMINERS = ("the", "this", "that", "our", "its")
# A lower-case re-statement must repeat at least this many words of a name (so "migration
# partnership" alone does not count, "strategic and comprehensive partnership" does).
MIN_LOWERCASE_WORDS = 3
# Lower-case words after a quoted name that do not make it a modifier: verbs, conjunctions,
# prepositions ("'Choose Europe for Science' will ...", "... and", "... in 2025").
QUOTED_GO_ON = frozenset(
    {"and", "or", "but", "in", "on", "at", "for", "to", "of", "with", "by", "from", "is", "was", "are", "were",
     "will", "has", "have", "had", "which", "that", "as", "aims", "seeks", "can", "would", "should", "since"}
)  # fmt: skip
# Words before a quoted name that make it a person's nickname ("son of “El Chapo”", "alias 'The Fox'").
NICKNAME_CUE = re.compile(
    r"\b(?:(?:son|daughter|wife|husband|brother|sister|father|mother|widow|nephew|niece|cousin)\s+of|"
    r"alias|aka|a\.k\.a\.|nicknamed)\s*$"
)
# The opening of a bracket that defines a term ('(the "Closing Date")'); without "the" the quotes may hold the name before's
# other name ('the Safe Schools ("Escuelas Seguras") programme').
DEFINED_TERM_BEFORE = re.compile(r"\(\s*the\s+\Z")
# A subject line's last words alone on the next block are its own within this length ("Operation (DPO2)").
WRAPPED_SUBJECT_WORDS = 3
# Title Case names in quotes are names only within this length.
QUOTED_WORDS = (2, 8)
# The end of a quoted line that stands alone, with its translation in brackets at most ("“Unity is Strength” (in
# English)") and a paragraph to itself: a motto or a slogan set apart, not a programme named in a sentence.
QUOTED_MOTTO_LINE = re.compile(r"[’'”\"][ \t]*(?:\([^()\n]*\))?[ \t]*\.?[ \t]*(?:\n[ \t]*\n|\n?\Z)")
# "EU" and "European" name the same thing when comparing two forms of one name.
EQUIVALENT_WORDS = {"eu": "european", "programme": "program", "organisation": "organization"}
# Dotted abbreviations ("U.S.") are one word; hyphen and slash compounds ("EU-Turkey",
# "Entry/Exit") too.
# Further numbers after a plural head: "Executive Orders 12957, 12958 and 12959".
MORE_NUMBERS = re.compile(r"(?:,\s*|,?\s+and\s+)(\d+(?:/\d+)*)(?![\w/])")
# Tails after these may be a comma list of one name ("for Safe, Orderly and Regular Migration");
# after "with" or "between" a list names several partners, each its own instrument.
COMMA_LIST_PREPS = ("for", "on", "of")
# Lower-case instrument words that close a capitalised name ("the Central American Minors program").
LOWER_HEADS = ("programme", "program", "initiative", "scheme", "instrument", "mechanism", "process")
# Lower-case words that close a capitalised name only when it opens with a gerund ("the Accelerating
# Women's Empowerment in Energy (AWEE) project"); "the Lobito Corridor project" names a place's works.
# "Investing in America agenda": an agenda is named this way too.
GERUND_HEADS = ("project", "agenda")
# A lower-case "project" closes a capitalised name of this many capitalised words too ("the Rural Feeder Roads Upgrading
# project", "the Support to Artisanal Fisheries project"): a title, not a place's works ("the Lake Tana Basin project").
TITLED_PROJECT_WORDS = 3
# Lower-case words for money a name holds that close a capitalised name like the instrument words
# ("the Climate Investor Two fund", "the Moldova Support Platform trust fund"); kept apart because
# "fund" alone names no instrument elsewhere.
# A budget's account: "the Refugee Assistance account" is a named appropriation, its name the word and all.
BUDGET_ACCOUNT = "account"
LOWER_MONEY_HEADS = ("fund", "trust fund", "facility", BUDGET_ACCOUNT)
# "the national social protection programme Tekavoul;": a lower-case instrument word after a
# lower-case word, then a name of its own, then the phrase ends.
NAMED_AFTER_HEAD = re.compile(
    r"(?<=[a-z][ \t])(?:programme|program|scheme|initiative)[ \t]+"
    r"([A-Z][a-z’'-]{2,}(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?=[ \t]*[;,.:)]|[ \t]+(?:and|which|that|is|was|in)[ \t])"
)
# A programme named by one word in capitals after its lower-case head ("its budget support programme EUROEDUCA
# disbursed ..."): the word, before punctuation, a connector or a past-tense verb.
NAMED_IN_CAPITALS_AFTER_HEAD = re.compile(
    r"(?<=[a-z][ \t\n])(?:programme|program|project)[ \t\n]+([A-Z]{4,}(?:-[A-Z\d]+)?)"
    r"(?=[ \t]*[;,.:)]|[ \t\n]+(?:and|which|that|is|was|in|[a-z]+ed)[ \t\n])"
)
# The label before an act's or a paper's number: "No. 12", "No 12", "Number 12".
NUMBER_LABEL = r"(?:No\.?|Number)"
# A project's title in quotes after its head, in sentence case ("the project concept “Coastal
# adaptation in the Gulf of Guayaquil”", "the programme "Safe schools for every child""): the title.
# Administrations that write in another language put the project's code or the budget programme's
# number between head and title, quote in guillemets, and title their laws so ("Project ABC/01/002
# "...", "budget programme 005 «...»", "the Law «On the state budget for ...»"); a title may wrap. Only a
# capitalised "Law" heads a title: after "the law" a quote is often what someone said of it.
QUOTED_AFTER_HEAD = re.compile(
    r"(?<![\w-])(?P<head>[Pp]roject|[Pp]rogramme|[Pp]rogram|Law)"
    r"(?:[ \t]+(?:document|concept|proposal|titled|entitled))?"
    rf"(?:[ \t]+(?P<code>(?:{NUMBER_LABEL}[ \t]*)?[A-Z\d][\w/.-]*\d[\w/.-]*))?[ \t]+"
    r"[“\"«„](?P<title>[A-Z](?:[^“”\"«»\n]|\n(?![ \t]*\n)){8,180}?)[”\"»“](?!\w)"
)
# "Order of the Minister of Health of X No. 57", "Decree of the President of X No. UP-77": an act
# named by its issuer, then its number, as administrations that draft in another language name their acts.
ISSUER_ACT = re.compile(
    r"(?<![\w-])(?:Resolution|Decree|Decision|Order|Ordinance|Law)\s+of\s+the\s+"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,8}"
    rf"\s+{NUMBER_LABEL}[ \t]*[A-Z]{{0,3}}-?\d[\w/-]*(?<![.-])"
)
# The capitalised words right before a capitalised head on its line ("Sectoral Operational" Programme "..."),
# looked for within this many characters.
CAPITALISED_RUN_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z][\w’'-]*[ \t]+){1,4}\Z")
QUOTED_HEAD_REACH = 80
# Sentence-case titles in quotes after a head are titles only within this length.
QUOTED_AFTER_HEAD_WORDS = (3, 20)
# "the programmes Sembrando Vida and Jóvenes Construyendo el Futuro,": a plural lower-case instrument
# word after a lower-case word, then names of their own joined by commas and "and" (a name's words in
# any alphabet, with another language's particles inside), then the phrase ends.
_OWN_NAME = (
    r"[^\W\d_a-z][^\W\d_]{2,}(?:[ \t]+(?:(?:de|del|el|la|los|las|da|do|dos|das|des|du|di|e|y|et)[ \t]+)?"
    r"[^\W\d_a-z][^\W\d_’'-]+){0,3}"
)
NAMED_AFTER_PLURAL_HEAD = re.compile(
    rf"(?<=[a-z][ \t])(?:programmes|programs|schemes|initiatives)[ \t]+(?P<names>{_OWN_NAME}"
    rf"(?:,[ \t]+{_OWN_NAME})*,?[ \t]+and[ \t]+{_OWN_NAME})(?=[ \t]*[;,.:)]|[ \t]+(?:which|that|are|were|in|under)[ \t])"
)
OWN_NAME = re.compile(_OWN_NAME)
# "in line with its institutional strategy, IDB Impact+.": a lower-case instrument word, a comma and a
# capitalised name that ends the sentence name that instrument (its words may end in "+").
NAMED_IN_APPOSITION = re.compile(
    r"(?<=[a-z][ \t])(?:programme|program|scheme|initiative|strategy|plan|framework|policy),[ \t]+"
    r"([A-Z][\w’'-]*(?:[ \t]+[A-Z0-9][\w’'-]*){0,3}\+?)(?=[ \t]*(?:[.;)]|$))",
    re.MULTILINE,
)
# Lower-case words that close a capitalised name in lower_head only ("the Bank's Feed Africa
# strategy"); elsewhere a lower-case "strategy" is no instrument word.
NAMED_LOWER_HEADS = ("strategy", "policy")
# A numbered legal act that sets up an instrument names it: "..., established by Regulation (EU)
# 2024/1350", "Regulation (EU) 2024/1350 establishing the ...".
# Heads of money a body holds: "of the <body>" after them names the owner, not the fund.
OWNED_FUND_HEADS = frozenset({"Fund", "Trust", "Facility", "Window"})
LEGAL_HEADS = ("Regulation", "Directive", "Decision", "Act", "Order", "Resolution", "Law", "Decree")
# "Protocol A/P2/5/91", "Decision C/DEC.4/06/03": a regional community's act number, by its organ's letter, the act's
# kind and serial, then its month and year.
COMMUNITY_ACT_NUMBER = re.compile(r"[A-Z]{1,2}/[A-Z]{1,5}\.?\d{1,3}(?:/\d{1,4}){1,3}")
# "Resolution No. CR-118, S-2016", "Executive Order No. 12, Series of 2019": the series (year) a numbered act is of,
# as Philippine councils and offices number their acts
SERIES_OF_YEAR = rf",\s*(?:S\.?\s?-?\s?|Series\s+of\s+){YEAR}(?![\d/–-])"
# A number after its label's word, and a label and its number after an act's head.
NUMBER_NEXT = re.compile(r"[ \t]+\d")
NUMBER_LABELLED = re.compile(rf"\b{NUMBER_LABEL}[ \t]*(?=\d)")
LABELLED_NUMBER_NEXT = re.compile(rf"[ \t]+{NUMBER_LABEL}[ \t]*\d")
LEGAL_HEADS_AND_PLURALS = frozenset(LEGAL_HEADS) | {h + "s" for h in LEGAL_HEADS}
ESTABLISHED_BY = re.compile(
    r",?\s*(?:(?:which|that)\s+(?:was|is|were|are)\s+|as\s+)?"
    r"(?:established|set\s+up|created|laid\s+down)\s+(?:by|under|in)\s+(?:the\s+)?"
)
# Words before "Year" that make it a budget's year ("Fiscal Year", "Financial Year", "Budget Year").
BUDGET_YEAR_WORDS = frozenset({"Fiscal", "Financial", "Budget"})
# The year an act of a needs_number head is for names it ("Budget Law for the Fiscal Year 2012", "Finance Law for 2024").
FOR_FISCAL_YEAR = re.compile(
    rf"[ \t]+for[ \t]+(?:the[ \t]+)?(?:(?:{alternation(BUDGET_YEAR_WORDS)})[ \t]+Year[ \t]+)?{YEAR}(?:[-–/]\d{{2,4}})?(?![\w/-])"
)
ESTABLISHING = re.compile(r",?\s*(?:establishing|setting\s+up|creating)\s+(?:the\s+|a\s+|an\s+)?")
# Title Case words after "Operation" that make a heading or a budget line, not a named operation.
GENERIC_OPERATION_WORDS = {
    "Costs",
    "Cost",
    "Support",
    "Manager",
    "Management",
    "Area",
    "Areas",
    "Centre",
    "Center",
    "Unit",
    "Team",
    "Division",
    "Section",
    "Office",
    "Command",
    "Budget",
    "Expenses",
    "Phase",
    "Period",
    "Report",
    "Reports",
    "Guidelines",
    "Rules",
    "Order",
    "Orders",
}
# Plural nouns of people whose genitive describes a programme rather than owning it ("Young Women's
# Empowerment Initiative", "Children's Health Fund").
PEOPLE_GENITIVES = frozenset({"Women", "Children", "People", "Men", "Peoples"})
# Parties of a two-party compound ("EU-Turkey readmission agreement") besides countries.
PARTIES = {"EU", "UK", "US", "USA", "AU", "UN", "NATO", "ASEAN", "ECOWAS", "Europe", "Africa", "Union"}
# Kinds of an EU act named before its head ("Commission Implementing Regulation (EU) 2023/1").
ACT_KINDS = {"Implementing", "Delegated"}
# Legislatures named by one word ("to the Congress the Agreement"): a body, never a word of a programme's name.
LEGISLATURE_WORDS = frozenset({"Congress", "Senate", "Parliament", "Legislature", "Assembly"})
# Words of a body's name: "the Government of Chad programme" is the body's, not a name.
BODY_WORDS = {
    "Government",
    "Ministry",
    "Department",
    "Office",
    "Embassy",
    "Agency",
    "Commission",
    "Parliament",
    "Bank",
    "Authority",
    "Authorities",
    "Service",
    "Police",
    "Guard",
    "Secretariat",
    "Organization",
    "Organisation",
    "Administration",
    "Presidency",
    "Court",
    "University",
    "Institute",
    "Chairmanship",
    "Chairpersonship",
    "Chair",
    "Leadership",
    "Auspices",
    "Aegis",
    "Patronage",
    "Mandate",
    "Government's",
    "Cabinet",
    "Observatory",
    "Centre",
    "Center",
    "Academy",
    "College",
    "Foundation",
}
# A span of years or of fiscal years: "2018-2030", "2023/24", "2023/24-2025/26" (a medium-term framework's).
YEARS = re.compile(rf"{YEAR}[-–/](?:19|20)?\d{{2}}(?:[-–]{YEAR}[-–/](?:19|20)?\d{{2}})?")
# Prepositions a Title Case name may keep in lower case between its capitalised words ("Science without
# Borders Programme", "Alliance against Hunger Initiative").
LONG_TITLE_PREPOSITIONS = frozenset({"without", "against", "beyond", "across"})
NAME_ADJECTIVES = {"New", "First", "Second", "Third", "Joint", "Further", "Current", "Overall", "Recent"}
# Determiners after which such an adjective is the name's ("the New Pact", "my Second Harbour Plan").
NAME_ADJECTIVE_DETERMINERS = frozenset(BACKREF_DETERMINERS) | {"their", "his", "her", "my", "your"}
NUMBERED_WORD = re.compile(r"\d{1,3}[-–][A-Z][\w’']*|\d{1,2}[A-Z]{1,2}")  # "10-Point Plan", "2X Women’s Initiative"
# A list item's label opening a line: "II. ", "b) ", "3. ", and a numbered paragraph of minutes or a report
# ("4.1 ", "2.3.1 ").
LIST_LABEL = re.compile(r"(?:(?:[IVXLC]{1,5}|[a-zA-Z]|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?)[ \t]")
# A provision cited of a named act right before its name: "Article 14 of the", "Section 7(b) of", "Art. 3 of the".
CITED_ARTICLE = re.compile(
    r"\b(?:Article|Section|Art\.|Chapter|Paragraph)\s+\d+[a-z]?(?:\(\w+\))*\s+of\s+(?:the\s+)?\Z"
)
# The words a bracketed acronym stands after, in the same bracket or right before it ("(Direção Técnica
# Marítima, DTM)", "Maritime Directorate (DTM)"), and how far back they are looked for.
BRACKETED_DEFINITION = re.compile(r"(?P<words>(?:[^\W\d_]+[ \t-]+){0,5}[^\W\d_]+)(?:[ \t]*\(|,[ \t]*)\Z")
MAX_DEFINITION_CHARS = 80
# A person's forename and middle initial before the surname an act opens with ("the John Q. Public Act"): the name's.
NAMED_AFTER_FORENAMES = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+\Z")
# Heads of acts named after a person.
PERSON_NAMED_HEADS = frozenset({"Act"})
# The fewest capitalised words that title an act after words that say it is being made or changed.
MIN_TITLE_WORDS_IN_THE_MAKING = 2
# Words before a head that say one act is being made or changed ("amendments to the", "the new", "the draft"): two
# capitalised words before it then title it ("the new Seed Certification Law"), as no body of law is amended so.
ACT_IN_THE_MAKING = re.compile(
    r"(?:\b(?:[Aa]mendments?|[Aa]mending|[Aa]mend|[Rr]evisions?|[Rr]evising|[Rr]evise)\s+(?:to\s+|of\s+)?the"
    r"|\b[Tt]he\s+(?:new|draft|revised|amended|proposed))\s+\Z"
)
# A fiscal year or a range of them by the "FY" convention ("for FY24-FY26"): a period, no word of a name.
FISCAL_YEAR_WORD = re.compile(r"FY[ \t]?\d{2,4}(?:[-–/](?:FY)?\d{2,4})?")
# An ordinal in figures numbers a name's round ("Bhutan's 13th Five Year Plan", "16th General Review").
# A word of a name as its initials are read: a hyphenated or elided word is one ("Co-operation", "People's").
NAME_WORD = re.compile(r"[\w’'-]+")
ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
GERUND_OPENER = re.compile(r"[A-Z][a-z]{2,}ing")  # "Strengthening", "Improving": a title's first word
# A capitalised gerund that a title's possessive object follows ("Preserving Canada's ...").
GERUND_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z]+ing[ \t]+$")
# An ordinal spelled or in figures, numbering a round of a fund or a convention ("the Fourth EDF", "11th EDF").
ORDINAL = (
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|"
    r"[Ee]leventh|[Tt]welfth|(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teenth|[Tt]wentieth|"
    r"[Tt]wenty-(?:first|second|third|fourth|fifth)|\d{1,3}(?:st|nd|rd|th))"
)
# The particles of a phrasal verb a name's gerund may keep in lower case ("Scaling up Nutrition").
GERUND_PARTICLES = frozenset({"up", "out"})
# Possessives written in Title Case inside a name ("Law on State Border and Its Protection").
TITLE_POSSESSIVES = {"Its", "Their"}
# A fund's numbered replenishment round ("ADF-17 replenishment", "IDA21 replenishment"), a statute
# section's programme ("287(g) program"), an acronym's programme with one word of what it does
# ("CHNV parole processes").
NUMBERED_ROUND = re.compile(
    r"(?<![\w(-])(?:[A-Z]{2,6}-?\d{1,2}\s+replenishment|\d{1,4}\([a-z0-9]{1,2}\)\s+(?:programme|program)s?"
    # "the TRIO college access programs", "the H-2 visa program": a visa class's code is an acronym too.
    r"|(?P<acr>[A-Z]{3,6}|[A-Z]-\d{1,2}[A-Z]?)(?:\s+[a-z]{4,}){1,2}\s+(?:process|processes|programmes?|programs?|schemes?))\b"
)
# "(a) FP231 - Coastal resilience in Bangladesh: USD 250 million ...": a list item that opens with a
# project's code, a dash and its title up to a colon names a project (its code an alias).
CODED_ITEM = re.compile(
    r"^[ \t]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+|[-•*][ \t]+)?(?P<code>[A-Z]{1,4}\d{2,7})[ \t]+[-–][ \t]+"
    r"(?P<title>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,13}):",
    re.MULTILINE,
)
# "Plan DN-III-E": a plan named head first by a code in capitals with hyphens (the Mexican
# army's disaster plan); a code with no hyphen ("Plan B") is no name.
CODED_PLAN = re.compile(r"(?<![\w-])(?P<head>Plan)[ \t]+[A-Z]{1,4}(?:-[A-Z0-9]{1,4}){1,3}(?![\w-])")
# "1. Regional Response for Venezuelans: $45 million for ...": a numbered list item whose run-in
# title, in Title Case, is followed by a colon and a sum names what the sum funds. A heading of one
# or two words ("Global Health: $1 billion") or in sentence case ("Concessional loan: US$22 million")
# names a sector or a kind of money, not a project; bullets are left alone (fact sheets' sectors).
TITLED_ITEM = re.compile(
    r"^[ \t]*\(?\d{1,2}[.)][ \t]+(?P<title>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){2,11}):[ \t]*"
    r"(?=(?:[A-Z]{1,3}\$|\$|€|£|(?:USD|EUR|GBP|CHF|JPY|SEK|NOK|DKK|CAD|AUD|NZD)[ \t]?)\d)",
    re.MULTILINE,
)
# A titled item's words that end its name: a place after them says where it works.
TITLED_ITEM_PLACE = re.compile(r"[ \t]+(?:in|across)[ \t]+(?:the[ \t]+)?$")
# "the ... Economic Cooperation Strategy (ACMECS) Fund": a name, its acronym in brackets, then a
# head of its own: the fund of what the name and acronym stand for.
BRACKETED_THEN_HEAD = re.compile(r"[ \t]*\((?P<acr>[A-Z][A-Za-z]{1,9})\)[ \t]+(?P<head>[A-Z][a-z]+)\b")
# An acronym in brackets inside a name, more of the name after it ("... Small Island Debt (SID) Initiative").
INNER_ACRONYM = re.compile(r"[ \t]*\((?P<acr>[A-Z]{2,10}s?)\)(?=[ \t]+[A-Z])")
# The rest of a statute's long title after its first purpose: more purposes after commas, then its year after a
# comma (", Harbour Dredging, and Flood Relief, 2019").
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|of|on|and|for|the|to|in)"
STATUTE_TITLE_REST = re.compile(
    rf"(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:[ \t\n]+{_TITLE_WORD}){{0,6}}?){{0,6}},[ \t\n]+{YEAR}\b(?![-–/]\d)"
)


# A budget's year counted in another calendar's era, after "Fiscal Year" ("the Estimates Law of Financial Year B.E.
# 2563", "... Year 2079/80 B.S."): the year the act is for, part of its name.
@functools.lru_cache(maxsize=1)
def _era_year_after() -> re.Pattern:
    """The year after a budget's "Year" or after its era mark, with the era mark before or after it."""
    eras = alternation(other_calendar_eras())
    number = r"\d{4}(?:[-–/]\d{2,4})?(?![\w/-])"
    return re.compile(rf"[ \t]+(?:(?P<era>{eras})[ \t]*)?{number}(?:[ \t]*(?P<after>{eras}))?")


def _era_year_end(text: str, name: str, end: int) -> Optional[int]:
    """Where a name ending in "Year" (or "Year B.E.") runs on to its year in another calendar, else None."""
    eras = other_calendar_eras()
    if re.search(r"\bYear[ \t]+\d{4}(?:[-–/]\d{2,4})?\Z", name):
        mark = re.match(rf"[ \t]*(?:{alternation(eras)})(?!\w)", text[end:])
        return end + mark.end() if mark else None  # "... Year 2079/80 B.S.": the year's era mark
    marked = any(name.endswith(f"Year {era}") for era in eras)
    if not (marked or name.endswith("Year")):
        return None
    m = _era_year_after().match(text, end)
    if not m or (not marked and not (m.group("era") or m.group("after"))):
        return None  # a Gregorian year after "Year" is the name's already
    return m.end()


# Up to this many words (a place, a kind of partnership) between a name and the gathering it names.
GATHERING_REACH = 2


def _opens_gathering(text: str, end: int) -> bool:
    """Whether the words after a name close a gathering's name held in a country with an event word in lower case
    ("... Peru investors summit"): a country's name among the one or two words between, no body's word nor a little
    word ("the Rural Water Programme steering committee meeting" is the programme's own)."""
    words = re.match(r"(?:[ \t]+[\w’'-]+){1,%d}" % (GATHERING_REACH + 1), text[end:])
    if not words:
        return False
    events = {event.lower() for event in tables()["events"]}
    between: list[str] = []
    for word in words.group(0).split():
        if word in events:
            # "the Global Gateway summit" right after it may be the instrument's own
            return any(_is_country(w) for w in between) and not any(w.lower() in events for w in between)
        if word.lower() in STOP_WORDS or word in BODY_WORDS:
            return False
        between.append(word)
    return False


# Names joined by spaced dashes before a name ("Rhine – Meuse – "), as a cooperation named after rivers or places
# lists them.
DASHED_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}[ \t]+[–—-][ \t]+)+\Z")


def _dashed_places_before(text: str, n: "_Name") -> Optional[int]:
    """Where a name starts whose acronym in brackets spells the names joined by spaced dashes before it too ("the Rhine
    – Meuse – Scheldt Water Quality Plan (RMSWQP)", "the Upper Rhine – Scheldt ... (URSWQP)"); else None."""
    acronym = tables()["acronym_re"].match(text, n.end)
    own = _initials(n.text)
    if not acronym or acronym.group(1) == own or not acronym.group(1).endswith(own):
        return None
    before = DASHED_NAMES_BEFORE.search(text, max(0, n.start - 80), n.start)
    # The dashed names spell the rest of the acronym, each opening a letter of it or more ("Upper Rhine": U).
    if before and _spelled_by_openings(acronym.group(1)[: -len(own)], NAME_WORD.findall(before.group(0))):
        return before.start()
    return None


# A lower-case ordinal right before a name ("the third Jobs Reform Credit (JRC-3)").
ORDINAL_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<ordinal>[a-z]+)[ \t]+\Z")


def _ordinal_round_before(text: str, n: "_Name") -> Optional[int]:
    """Where a name starts that a lower-case ordinal opens whose number its acronym in brackets repeats ("the third
    Jobs Reform Credit (JRC-3)", "a fourth ... (JRC-4)"): each round is an instrument of its own; else None."""
    before = ORDINAL_WORD_BEFORE.search(text, max(0, n.start - 12), n.start)
    number = date_tables()["ordinal"].get(before.group("ordinal")) if before else None
    acronym = tables()["acronym_re"].match(text, n.end) if number and number > 0 else None
    if acronym and re.search(rf"(?<!\d){number}\Z", acronym.group(1)):
        return before.start("ordinal")
    return None


# "its fourth replenishment (IDF-4)": a round named by its fund's acronym and number in brackets.
ROUND_IN_BRACKETS = re.compile(r"\breplenishment\s*\((?P<round>[A-Z]{2,6}-?\d{1,2})\)")
# "the Cuba, Haiti, Nicaragua, Venezuela (CHNV) parole process": the names an acronym spells, listed.
LISTED_ACRONYM_PROCESS = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'-]*,?\s+){1,6}\((?P<acr>[A-Z]{3,6})\)\s+[a-z]{4,}\s+"
    r"(?:process|processes|programmes?|programs?|schemes?|pathways?)\b"
)
# "the Call to Action for Northern Central America": a named appeal that commits its signatories.
CALL_TO_ACTION = re.compile(r"\bCall to Action (?:for|on|to) (?:the )?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,4}")
# A word, an abbreviation, a footnote mark ("Program¹": the mark is no part of the word) or a sign.
_WORD_CHAR = rf"(?:[^\W{FOOTNOTE_DIGITS}]|[’'+])"
TOKEN = re.compile(
    rf"[A-Z](?:\.[A-Z])+\.?(?:[-–][A-Z]{_WORD_CHAR}*)*|{_WORD_CHAR}+(?:[-/–]{_WORD_CHAR}+)*|[{FOOTNOTE_DIGITS}]+|[^\w\s]"
)


@functools.lru_cache(maxsize=1)
def load_data() -> dict[str, list[dict]]:
    """Read programmes.jsonl into lists of records by kind."""
    return read_jsonl_by_kind(DATA_PATH.name)


@functools.lru_cache(maxsize=1)
def tables() -> dict:
    """Vocabulary sets and compiled regexes from the data."""
    data = load_data()
    heads: dict[str, str] = {}
    for r in data["head"]:
        heads[r["text"]] = r["text"]
        if r.get("plural"):
            heads[r["plural"]] = r["text"]
    extras: dict[str, str] = {}
    for r in data["extra"]:
        extras[r["name"]] = r["name"]
        for alias in r["aliases"]:
            extras[alias] = r["name"]
    # A head that names an instrument only capitalised ("Vision 2030") is no lower-case head ("a shared vision").
    capital_only = {r["text"] for r in data["head"] if r.get("capital_only")}
    lower_heads = "|".join(sorted({h.lower() for h in heads if h not in capital_only}, key=len, reverse=True))
    return {
        "heads": heads,
        "trailing": {r["text"] for r in data["trailing"]},
        "head_trailing": {r["text"]: frozenset(r.get("trailing", ())) for r in data["head"]},
        # "Development Policy Operation of the World Bank": a lender's operation, like its fund, is owned
        "trailing_owned": frozenset(w for r in data["head"] for w in r.get("trailing", ())),
        "union_modifiers": {r["text"] for r in data.get("union_modifier", [])},
        "titles": {r["text"] for r in data.get("person_title", [])},
        # "the Central American Minors program", "the Security Action for Europe (SAFE)
        # instrument", "the Returning to New Opportunities programme": a capitalised name, its
        # words joined by little words, before a lower-case head.
        "lower_head_re": re.compile(
            r"(?<![\w-])((?:[A-Z][\w’'-]+\s+(?:(?:for|of|on|to|in)\s+(?:the\s+)?|and\s+)?){0,9}[A-Z][\w’'-]+"
            # "the Africa Focus 2023 strategy": a name may end in its year.
            rf"(?:\s+{YEAR}(?![\w-]))?)"
            r"(\s*\(\s*[A-Z][A-Za-z0-9-]*[A-Z0-9]\s*\))?\s+(?:"
            + "|".join(LOWER_HEADS + GERUND_HEADS + NAMED_LOWER_HEADS + LOWER_MONEY_HEADS + ACRONYM_ONLY_HEADS)
            + r")s?\b"
        ),
        # "a scheme known as Homes for Ukraine", "a programme called Safe Return Home": a lower-case
        # instrument word names the capitalised words after it.
        "known_as_re": re.compile(
            r"\b(?:"
            + "|".join(
                sorted(
                    {h.lower() for h in heads if h not in capital_only} | set(LOWER_HEADS) | {"project", "operation"},
                    key=len,
                    reverse=True,
                )
            )
            + r")(?:s|es)?,?\s+(?:known\s+as|called|named|entitled|dubbed|branded(?:\s+as)?)\s+"
            r"([A-Z][\w’'-]*(?:\s+(?:(?:for|of|on|to|and)\s+(?:the\s+)?)?[A-Z0-9][\w’'-]*){0,7})"
        ),
        # "under the Security Action for Europe", "we launched the Returning Home Together": these
        # verbs and prepositions take an instrument.
        "cue_re": re.compile(
            # "announced the creation of the Central American Service Corps": what is created is one.
            r"\b(?:(?:under|launched|launching|relaunched|extended|renewed)\s+the|"
            # "Under Foreign Military Financing (FMF), ...": without "the", a name whose acronym it defines.
            r"[Uu]nder(?=[ \t]+(?:[A-Z][\w’'-]*[ \t]+){1,6}\([A-Z]{2,6}\)[,;])|"
            r"(?:launch|creation|establishment)\s+of(?:\s+the)?)\s+"
            # "the launch of the U.S.-Africa Clean-Tech Energy Network": a dotted abbreviation may open it.
            r"([A-Z](?:[\w’'-]|\.(?=[\w-]))*(?:[ \t]+(?:(?:for|of|on|to|and|in)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){1,7})"
        ),
        # "Power Africa is a U.S. Government initiative", "Digital Invest was launched by USAID": what
        # follows a capitalised name says it is an instrument.
        "post_cue_re": re.compile(
            r"(?<![\w’'.-])([A-Z][\w’'-]*(?:[ \t]+(?:(?:for|of|on|to|and|in)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){1,5})"
            r"[ \t]+(?:(?:is|was)[ \t]+an?[ \t]+(?:[\w.’'-]+[ \t]+){0,3}?(?:"
            + "|".join(LOWER_HEADS + ("fund", "partnership", "framework", "strategy", "plan"))
            + r")\b|(?:was|were|has\s+been)[ \t]+launched\b)"
        ),
        # "Operation Sovereign Borders", "Joint Operation Themis", "the joint operation Triton".
        "operation_re": re.compile(
            r"(?<![\w-])((?:Joint\s+|joint\s+)?Operation|joint\s+operation)\s+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})"
        ),
        "resolution_re": re.compile(
            # "United Nations Security Council resolution 1546 (2004)": the body's full name before a lower-case
            # resolution (a capitalised one is a headed title, "... Resolution 2719", read by the headed rule)
            r"\b(?:(?:United\s+Nations|UN|U\.N\.)\s+Security Council\s+resolution|(?:Security Council\s+)?[Rr]esolution)"
            rf"\s+\d{{3,4}}\s*\({YEAR}\)"
        ),
        "needs_number": {r["text"] for r in data["head"] if r.get("needs_number")},
        "own_acts": {r["text"] for r in data["head"] if r.get("own_act")},
        "founding_heads": {r["text"] for r in data["head"] if r.get("founds")},
        "min_words": {r["text"]: r["min_words"] for r in data["head"] if r.get("min_words")},
        "titled_by": {r["text"]: r["titled_by"] for r in data["head"] if r.get("titled_by")},
        "tail_names": {r["text"] for r in data["head"] if r.get("tail_names")},
        "not_year": {r["text"] for r in data["head"] if r.get("number_not_year")},
        "number_after": {r["text"]: set(r["number_after"]) for r in data["head"] if r.get("number_after")},
        "tail_chain": {r["text"] for r in data["tail_prep"]} | {r["text"] for r in data.get("tail_chain", [])},
        "events": {r["text"] for r in data["event"]},
        "stop": {r["text"] for r in data["stop_start"]},
        "body_when_proper": {r["text"] for r in data.get("body_when_proper", [])},
        "fund_offices": {r["text"] for r in data.get("fund_office", [])},
        # 'the company "X"', 'the company "X" (also known as "Y")', '(JRTN, "Army of ...")': a body's names in quotes
        "quoted_body_re": re.compile(
            r"(?:\b(?:"
            + "|".join(r["text"] for r in data.get("quoted_body_noun", []))
            + r")\s+[‘'“\"][^’'”\"]{1,80}[’'”\"]\s*\((?:also\s+)?known\s+as\s+|\b(?:"
            + "|".join(r["text"] for r in data.get("quoted_body_noun", []))
            + r")\s+|\(\s*[A-Z]{2,8},\s*)\Z"
        ),
        "foreign_title_re": re.compile(
            FOREIGN_TITLE.format(heads="|".join(re.escape(r["text"]) for r in data.get("foreign_head", [])))
        ),
        "foreign_head_re": re.compile(
            FOREIGN_HEAD_FIRST.format(heads="|".join(re.escape(r["text"]) for r in data.get("foreign_head", [])))
        ),
        "headline_verbs": {r["text"] for r in data.get("headline_verb", [])},
        "tail_prep": {r["text"] for r in data["tail_prep"]},
        "tail_closers": {r["text"] for r in data.get("tail_closer", [])},
        "head_first": {r["text"] for r in data.get("head_first", [])},
        "inner": {r["text"] for r in data["inner"]},
        "acronym_connectors": {r["text"] for r in data.get("acronym_connector", [])},
        # Genitives that are part of a name, not its owner: people it serves, and offices (which
        # own a name before a lower-case head).
        "people_genitives": PEOPLE_GENITIVES | {r["text"] for r in data.get("people_genitive", [])},
        "office_genitives": {r["text"] for r in data.get("office_genitive", [])},
        # A local government unit that owns an instrument, named by its kind alone ("of the City").
        "owner_units": {r["text"] for r in data.get("owner_unit", [])},
        # Bodies whose numbered decisions are their meetings' outcomes ("Cabinet Decision No. 58").
        "meeting_bodies": {r["text"] for r in data.get("meeting_body", [])},
        # Works stand on a river or a lake: a tail naming one says where, not which ("Project on the Indus River").
        "works_heads": {r["text"] for r in data.get("works_head", [])},
        "place_features": {r["text"] for r in data.get("place_feature", [])},
        "headline_infinitive_re": re.compile(
            r"\sto\s+(?:" + "|".join(re.escape(r["text"]) for r in data.get("purpose_verb", [])) + r")\b"
        ),
        "not": {r["text"].lower() for r in data["not_programme"]},
        # "the HIV prevention programme", "a WASH recovery programme": a field's acronym, not a name's
        "topic_acronyms": {r["text"] for r in data["topic_acronym"]},
        "extras": extras,
        "extras_by_key": {_key(form): name for form, name in extras.items() if " " in form},
        "extra_re": re.compile(r"(?<![\w-])(?:" + alternation(extras) + r")(?![\w-])"),
        "compound_re": re.compile(
            rf"(?<![\w-])([A-Z]{{2,3}}|[A-Z][a-z]+)[-–]([A-Z][\w’']+)(?:\s+[a-z][a-z-]+){{0,2}}?\s+(?:{lower_heads})\b"
            r"(?:\s+of\s+understanding\b)?"
        ),
        "union_members": {r["text"] for r in data.get("union_member", [])},
        "union_re": re.compile(r"\bUnion of [A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*"),
        # A dash may set off a quoted title's part ("Education for All in Haiti – Phase III").
        "quoted_re": re.compile(r"(?:(?<=^)|(?<=[\s(]))[‘'“\"]([A-Z][\w’'-]*(?:\s+(?:[\w’'-]+|–)){1,7})[’'”\"](?!\w)"),
        "legal_tail_re": re.compile(
            # "No 123", "Number 86" (spelt out), "nº 206/2024" (the Romance languages' sign), "N° 16.134/2024" (a dot in thousands),
            # "No. 12,187/2009" (a comma in thousands), "No. 41/2015/TT-BTNMT" (the issuing ministry's code after it)
            # "Resolution No. CR-118": a council's letters before the number
            r"\s*(?:\((?:EU|EC|EEC|Euratom|CFSP|JHA|(?P<abbr>[A-Z]{2,4}))\)\s*)?(?:(?:No|N[º°]|n[º°])\.?\s*|Number\s+)?"
            # (a paragraph's number, "7.2 AGREED", is none)
            r"(?:(?:(?<=\.\s)[A-Z]{1,4}-)?\d+(?:[.,]\d{3})*(?!\.\d)(?:/\d+)?(?:/(?:EU|EC)|(?:/[A-Z]{2,}(?:-[A-Z][A-Za-z]+)*)+)?(?![\d/])"
            rf"|{COMMUNITY_ACT_NUMBER.pattern}(?![\w/]))"
            # "... Framework 2023/24-2025/26": a range of fiscal years, each written with its second year;
            # "Circular No. 2013-1": a number within its year
            r"(?:[-–]\d{1,4}(?:/\d{2,4})?(?![\d/]))?"
            # "Grant 0291-KGZ", "Loan 2845-KGZ(SF)", "Credit 1234-TZ": a development bank's number for one country, its
            # code (three letters or, as the World Bank writes them, two) and fund
            r"(?:-[A-Z]{2,3}(?![\w-])(?:\([A-Z]{2,3}\))?)?"
            # "Public Debt Management Law No. 26 of 2001": the year its number is of
            rf"(?:\s+of\s+{YEAR}(?![\d/–-]))?"
            rf"(?:{SERIES_OF_YEAR})?"
        ),
        # "the Operational Programme Coastal Regions 2007-2013": an EU fund's national programme, its title after its
        # head, with the years of the budget period it runs.
        "titled_head_first_re": re.compile(
            r"(?<![\w-])(?:"
            + alternation(r["text"] for r in data.get("titled_head_first", []))
            + r")(?:[ \t]+(?:and|for|of|the)|(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w’'-]*){1,6}"
            r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:19|20)\d{2}[-–](?:19|20)\d{2}(?![\w-]))?"
        ),
        "acronym_re": re.compile(r"\s*\(\s*[‘'“\"]?([A-Z][A-Za-z0-9-]*[A-Z0-9])[’'”\"]?\s*\)"),
    }


class _Name:
    __slots__ = ("start", "end", "text", "head", "rule", "norm", "backref", "acronym", "cut")

    def __init__(self, start: int, end: int, text: str, head: Optional[str], rule: str, backref: bool = False):
        self.start, self.end, self.text, self.head, self.rule = start, end, text, head, rule
        self.norm: Optional[str] = None
        self.backref = backref
        self.acronym: Optional[str] = None  # defined inside the name ("... (SAFE) instrument")
        self.cut: Optional[str] = None  # the OPENING_CUTS rule that cut words from its start

    @property
    def recorded_rule(self) -> str:
        """The rule its span records: the rule that found it, and the one that cut its opening ("headed:financing_cut")."""
        return f"{self.rule}:{self.cut}" if self.cut else self.rule


def _is_name_word(token: str) -> bool:
    # "10-Point Plan", "5-Year Strategy": a number joined to a capitalised word is a name's word.
    return (
        token[:1].isupper()
        # a year ("Vision 2030"), not any four digits ("... Montreal Protocol / 1000 De La Gauchetière Street")
        or bool(re.fullmatch(YEAR, token))
        or bool(NUMBERED_WORD.fullmatch(token) or ORDINAL_WORD.fullmatch(token))
    )


# A head first, a country's name, then up to two capitalised words ("Plan Sénégal Émergent").
HEAD_FIRST = re.compile(r"\b(?P<head>[A-Z][a-z]+)[ \t]+(?P<country>[A-Z][^\W\d_]+)(?P<rest>(?:[ \t]+[^\W\d_]+){0,2})")
# A head and the partner after "with" ("Compact with the Government of Malawi"): the partner's name.
HEAD_WITH_PARTNER = re.compile(
    r"(?P<head>[A-Z]\w+) with (?:the )?(?:Government of (?:the )?)?(?P<party>[A-Z][\w .'’-]*)"
)
# "the Bhutan Trust Fund for Environmental Conservation (BTFEC), a National Implementing Entity": a
# name that an apposition calls an entity, an agency or an organisation is a body, not a fund.
BODY_APPOSITION = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9-]*\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[Ee]ntity|[Aa]gency|[Oo]rgani[sz]ation|[Ii]nstitution|NGO|non-profit|nonprofit|charity|company|firm)\b"
)
# Signs a currency's letters may stand glued before ("US$", "NZ$", "A$", "HK$"): the money table's signs.
GLUED_CURRENCY_SIGNS = frozenset(CURRENCY_SIGNS)
KNOWN_AS = re.compile(r",?\s*(?:(?:otherwise|also|commonly|better)\s+)?known\s+as\s+(?:the\s+)?[“\"]?", re.IGNORECASE)
QUOTED_APPOSITION = re.compile(r",\s*[“\"‘']\s*(?:The\s+)?")
# The partner a short form is concluded with, named right after it ("the Memorandum of Understanding
# signed with Tunisia"): another partner's fuller name later in the letter is another instrument.
SHORT_FORM_PARTNER = re.compile(
    r"[ \t*]+(?:(?:signed|concluded|agreed|reached|struck)[ \t]+)?with[ \t]+(?:the[ \t]+)?"
    r"(?P<party>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})"
)
# A definite article right before a name ("The Regional Plan"): it refers to one named before.
DEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Tt]he|[Tt]his|[Oo]ur)[ \t]+\Z")
# Who pays for or leads an instrument, joined to a participle before its name ("the EU-funded Support to
# ... programme", "the UN-led Regional Refugee Response Plan"): a modifier, not a word of the name.
OWNER_PARTICIPLE = re.compile(
    r"(?:[A-Z][\w.]*[ \t]+){0,2}(?:[A-Z][A-Z.]+|[A-Z][a-z]+)-(?:funded|financed|backed|led|supported|sponsored|run|managed)"
    r"[ \t]+(?=[A-Z])"
)
# A government's body and "for" before a name ("the Kingdom of Elbonia for Harbour Dredging Aid"): who asks for the
# instrument, not a word of its name.
REQUESTING_GOVERNMENT = re.compile(
    r"(?:Government|Ministry|Republic|Kingdom)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?[A-Z][\w’'-]*(?:[ \t\n]+[A-Z][\w’'-]*){0,3}"
    r"[ \t\n]+for[ \t\n]+(?=[A-Z])"
)
# A lender's paper title before a project's name ("Proposed Loan and Grant for the Coastal Roads Project", "Loan
# and Credit for the ..."): what the lender offers for the project, not a word of its name. "Proposed" or two
# kinds of financing joined make it a paper; one noun alone may open a name ("Grants for Village Wells Scheme").
_FINANCING_NOUN = r"(?:Loans?|Grants?|Credits?|Guarantees?)"
_AND = r"[ \t\n]+and[ \t\n]+"
PROPOSED_FINANCING = re.compile(
    rf"(?:Proposed[ \t\n]+{_FINANCING_NOUN}(?:{_AND}{_FINANCING_NOUN})*|{_FINANCING_NOUN}(?:{_AND}{_FINANCING_NOUN})+)"
    r"[ \t\n]+for[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])"
)
# What PROPOSED_FINANCING cuts, left whole as a name of its own when the name ends before "and ... for".
PROPOSED_PAPER = re.compile(rf"Proposed[ \t\n]+{_FINANCING_NOUN}")
# The words cut from a name's start, in order (the first that matches cuts), each by a rule whose name the span records.
OPENING_CUTS = (
    (OWNER_PARTICIPLE, "owner_cut"),
    (REQUESTING_GOVERNMENT, "requester_cut"),
    (PROPOSED_FINANCING, "financing_cut"),
)
# A date run into a name's words ("signed on 1 September 2026 Loan Agreements for ..."): the date the
# instrument was signed, not a word of its name.
LEADING_DATE = re.compile(rf"{MONTH}[ \t]+{YEAR}[ \t]+(?=[A-Z])")
# A lender's number for a loan or a credit before the project's title ("Loan No. AB-512 / Coastal Roads Project",
# "Credit 4321-XY Rural Water Project"): the number is the paper's, the title the project's.
LEADING_LOAN_NUMBER = re.compile(r"(?:[A-Z]{1,4}-\d{3,}|\d{3,}-[A-Z]{1,4})[ \t\n]+(?=[A-Z][a-z])")
# A run-in heading is at most this long.
RUN_IN_MAX_WORDS = 12
# Lower-case words a Title Case headline keeps ("FACT SHEET: United States and G7+ Plan to ...").
HEADLINE_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


# What makes a headline's words its topic, not a name: a preposition and a Title Case gerund
# ("... Partnership in Supporting Conservation"), or "to" and a verb of purpose (the data's
# purpose_verb: "... Partnership to Promote Food Security").
HEADLINE_GERUND = re.compile(r"\s+(?:in|for|on|by)\s+[A-Z][a-z]{3,}ing\b")


def _wrapped_subject(text: str, end: int, start: int) -> bool:
    """Whether a subject line ends at ``end`` and its last words stand alone after a blank line at ``start``
    ("Subject: ... Development Policy / (blank) / Operation (DPO2)"): one title a reader split in two blocks."""
    if text[end:start].strip() or text.count("\n", end, start) != 2:
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end]
    rest = text[start : (text.find("\n", start) + 1 or len(text) + 1) - 1]
    return bool(re.match(rf"\s*{SUBJECT_LABEL}", line, re.IGNORECASE)) and len(rest.split()) <= WRAPPED_SUBJECT_WORDS


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a Title Case line of five words or more that is no sentence (a fact
    sheet's headline or sub-headline, a section heading)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = re.sub(r"<[^>]*>", " ", text[start : end if end >= 0 else len(text)]).strip()
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) < 5 or line.endswith((".", ";")):
        return False
    return all(w[:1].isupper() or w in HEADLINE_SMALL_WORDS for w in words)


def _in_gerund_run_in(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a run-in heading that opens with a gerund: the Title Case words
    before the first colon of a line or bullet ("- Supporting Labor Pathways: More than ...",
    "Fostering Women's Inclusion in Peace and Security Processes: The Department ...")."""
    start = text.rfind("\n", 0, pos) + 1
    colon = text.find(":", start)
    end = text.find("\n", start)
    if colon < 0 or colon < pos or (0 <= end < colon):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", text[start:colon])
    if not words or len(words) > RUN_IN_MAX_WORDS:
        return False
    return words[0].endswith("ing") and all(w[:1].isupper() or w in HEADLINE_SMALL_WORDS for w in words)


def _opens_with_gerund(words: list[str]) -> bool:
    """Whether a capitalised name's first word (after a leading stop word such as "the") is a gerund."""
    first = next((w for w in words if w[:1].isupper()), "")
    return first.endswith("ing") and len(first) > 5


def _headline_topic(text: str, n: "_Name") -> bool:
    """In a headline, whether a name goes on, inside it or at once after it, with a preposition and a
    Title Case gerund, "to" and a verb, or (a word and its head only) any preposition and a Title
    Case word; in a headline or a fact sheet's title cited in the text, for a name that opens with its
    parties (a country, "Africa", "U.S.-Africa"): "U.S.-Africa Partnership in Supporting Conservation", "Partnership to
    Promote Food Security", "U.S.-Africa Partnerships in Gender Equality" say what the sheet is
    about; they name no instrument."""
    line_start = text.rfind("\n", 0, n.start) + 1
    cited = re.search(r"fact sheet:\s*(?:\S+\s+){0,3}$", text[line_start : n.start], re.IGNORECASE)
    if not (_in_headline(text, n.start) or cited):
        return False  # "(see Fact Sheet: U.S.- Africa Partnership in Health Cooperation)": a cited title
    line_end = text.find("\n", n.start)
    rest = text[n.start : line_end if line_end >= 0 else len(text)]
    words = n.text.split()
    if not (words and (words[0] in PARTIES or "-" in words[0] or _is_country(words[0]))):
        return False  # "U.S. Strategy for Addressing the Root Causes ...": a name of its own
    gerund = HEADLINE_GERUND.match(rest, n.end - n.start)  # right after the name
    infinitive = tables()["headline_infinitive_re"].search(rest)  # inside the name or right after it
    if gerund or (infinitive and infinitive.start() <= n.end - n.start):
        return True
    return len(words) == 2 and bool(re.match(r"\s+(?:in|for|on)\s+[A-Z]", rest[n.end - n.start :]))


def _opens_title(text: str, tokens: list, j: int) -> bool:
    """Whether token ``j`` opens a title: a line's first word or the first after "FACT SHEET:"
    ("New Initiative on Digital Transformation with Africa" keeps its "New")."""
    if j > 0 and tokens[j - 1][0] == ":":
        return _in_headline(text, tokens[j][1])
    if (
        j > 1
        and tokens[j - 1][0] in ("-", "–")
        and text[tokens[j - 1][1] - 1 : tokens[j][1]].strip(" \t") == tokens[j - 1][0]
    ):
        return _in_headline(text, tokens[j][1])  # "Subject: Letter of ... - Second ... Operation": a title after a dash
    return (j == 0 or "\n" in text[tokens[j - 1][2] : tokens[j][1]]) and _in_headline(text, tokens[j][1])


def _headline_clause(text: str, tokens: list, j: int, i: int, other) -> bool:
    """In a headline, whether the run ``tokens[j:i+1]`` is a clause of it, not a name: an
    infinitive ("Commitments to Strengthen U.S. Partnership with ..."), a gerund opening a heading
    ("Expanding Lawful Pathways for ..."), or the headline's actors joined by "and" ("United
    States and G7+ Plan to Defeat ...")."""
    if j > 0 and tokens[j - 1][0] == "to":
        return True
    first = tokens[j][0]
    if first.endswith("ing") and len(first) > 5 and (j == 0 or tokens[j - 1][0].lower() != "the"):
        return True
    for x in range(j + 1, i):
        if tokens[x][0] == "and":
            return other(tokens[j][1], tokens[x - 1][2])
    return False


HEADING_CAPITALS_MIN = 5
# "the Qurbani programme", "the AENEAS programme": the lower-case heads a single word names
ONE_WORD_HEADS = ("programme", "program", "scheme")
# "the KIVU partnership", "the SOLAR initiative": heads that one word names only when it is an acronym (a place
# or a plain word before them says whose or what kind: "the Sahel partnership", "the energy initiative")
ACRONYM_ONE_WORD_HEADS = ("partnership", "initiative")
# Lower-case heads that close only such an acronym, no longer capitalised name ("the EU-Kenya partnership")
ACRONYM_ONLY_HEADS = ("partnership",)


def _one_word_name(text: str, start: int, words: list[str], m: re.Match, t: dict) -> bool:
    """Whether one capitalised word before a lower-case head after "the" or "our" is a name ("the Qurbani
    programme"): not an English word ("the Business programme"), a field's acronym ("the WASH
    programme") or a country's name."""
    head = m.group(0).split()[-1]
    if len(words) != 1 or m.group(2) or head not in ONE_WORD_HEADS + ACRONYM_ONE_WORD_HEADS:
        return False
    word = words[0]
    if head in ACRONYM_ONE_WORD_HEADS and not word.isupper():
        return False
    if not DEFINITE_BEFORE.search(text[max(0, start - 8) : start]) or word in t["topic_acronyms"]:
        return False
    if _is_country(word) or not re.fullmatch(r"[A-Z][A-Za-z]+", word):
        return False
    if word.isupper():
        # an acronym the bodies' rules did not take ("the AENEAS programme"); one defined in brackets is
        # its name's ("the YES program" after "... Skills Program (YES)")
        return len(word) > 2 and f"({word})" not in text
    known = english_words()
    return known is not None and not known.known([word.lower()])


SENTENCE_OPENING = re.compile(rf"(?:\A|[.!?:]\s+|\n\s*|{SUBJECT_LABEL}\s*)\Z", re.IGNORECASE)


def _sentence_noun_of(text: str, start: int, words: list[str]) -> bool:
    """Whether a lower-case-headed name opens its sentence or subject line with a common noun and "of"
    ("Progress of the DDRR programme"): the noun is capitalised as the opening word, not as the name's."""
    if len(words) < 3 or words[1] != "of" or not SENTENCE_OPENING.search(text, max(0, start - 20), start):
        return False
    known = english_words()
    return known is not None and bool(known.known([words[0].lower()])) and words[0][1:].islower()


def _capitals_heading(word: str) -> bool:
    """Whether a word in capitals is an English word set as a heading ("ARTICLE", "SUMMARY"), not an
    acronym ("SADC", "UNHCR"): a heading's line joined to the text's does not open a name."""
    if not (len(word) >= HEADING_CAPITALS_MIN and word.isalpha() and word.isupper()):
        return False
    words = english_words()
    return words is not None and bool(words.known([word.lower()]))


# How many words an office a programme is named after opens its name with ("Prime Minister").
OFFICE_NAME_WORDS = 2


def _named_after_office(text: str, tokens: list, j: int, i: int, t: dict, other) -> bool:
    """Whether the title words of a name open it and capitalised words follow them on its line straight to its head
    ("Prime Minister Housing Programme"): the programme is named after the office, where "Special Representative
    for ..." is the office itself and "Executive Director / Ruritania Relief Fund" an officer of a body."""
    titles = [x for x in range(j, i) if tokens[x][0] in t["titles"]]
    rest = titles[-1] + 1
    return (
        titles[-1] < j + OFFICE_NAME_WORDS
        and rest < i
        and all(tokens[x][0][:1].isupper() and tokens[x][0] not in t["titles"] for x in range(rest, i))
        and "\n" not in text[tokens[j][1] : tokens[i][2]]
        and not other(tokens[rest][1], tokens[i][2])
    )


def _headed_names(text: str, other=None) -> list[_Name]:
    """Capitalised noun phrases ending in an instrument word, with their tails; ``other(start,
    end)`` tells whether a stretch of text names something else (a country, a body, a place)."""
    other = other or _not_other
    t = tables()
    tokens = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]

    def adjacent(a: int, b: int) -> bool:
        # A line break may wrap a name; a blank line (a table cell, a new paragraph) ends it.
        gap = text[tokens[a][2] : tokens[b][1]]
        if "\n" in gap and LIST_LABEL.match(text, tokens[b][1]):
            return False  # "... Financial Policies / II. Technical Memorandum": the next line is a list's item
        if _inline_item_label(text, tokens[b]):
            return False  # "Attachments: I. Memorandum of ... II. Technical ...": a list run into one line
        if (
            text.startswith(":", tokens[b][2])
            and tokens[b][0] not in t["heads"]
            and ("\n" in gap or tokens[a][0] in t["heads"])
        ):
            return False  # "... Equity Fund / Approved: ...": the next line (or a run-in one) opens with its label
        return not gap.strip() and gap.count("\n") < 2

    names = []
    for i, (word, _s, _e) in enumerate(tokens):
        head = t["heads"].get(word)
        second = None
        if head is None and "/" in word:
            # "ReArm Europe Plan/Readiness 2030": a second name after a slash joins the first.
            first, second = word.split("/", 1)
            head = t["heads"].get(first) if second[:1].isupper() else None
        possessive_head = False
        if head is None and re.fullmatch(r"[A-Z]\w+['’]s", word) and t["heads"].get(word[:-2]) in LEGAL_HEADS:
            # "the Controlled Substances Act’s Special Surveillance List": the owner is an act.
            head, possessive_head = t["heads"][word[:-2]], True
        if head is None:
            continue
        if head == "Union" and (i == 0 or tokens[i - 1][0] not in t["union_modifiers"] or not adjacent(i - 1, i)):
            # "Capital Markets Union", "Energy Union" are policies; "European Union", "African
            # Union", "Cupertino Union" (a school district) are bodies.
            continue
        end_i = i
        if head == "Memorandum" and [w for w, _a, _b in tokens[i + 1 : i + 3]] == ["of", "Understanding"]:
            end_i = i + 2
        if (
            head in OWNED_FUND_HEADS
            and end_i + 1 < len(tokens)
            and tokens[end_i + 1][0] in t["fund_offices"]
            and adjacent(end_i, end_i + 1)
        ):
            continue  # "the Multi-Partner Trust Fund Office": the body that administers the fund
        if (
            end_i + 1 < len(tokens)
            and (
                tokens[end_i + 1][0] in t["trailing"]
                or tokens[end_i + 1][0] in t["head_trailing"][head]
                or SERIES_TRANCHE.fullmatch(tokens[end_i + 1][0])
                or (_country_pair(tokens[end_i + 1][0]) and not re.match(r"[ \t]+\d", text[tokens[end_i + 1][2] :]))
            )
            and (adjacent(end_i, end_i + 1) or _wrapped_subject(text, tokens[end_i][2], tokens[end_i + 1][1]))
        ):
            end_i += 1
        nxt = tokens[end_i + 1][0] if end_i + 1 < len(tokens) and not possessive_head else ""
        if nxt in t["events"] or nxt in t["heads"]:
            continue  # "Partnership Summit" is a meeting; "Action Plan" is taken at "Plan"
        if (
            second is None
            and nxt
            and _is_name_word(nxt)
            and not nxt.isdigit()
            and nxt not in t["stop"]
            and adjacent(end_i, end_i + 1)
            # "Decree Number 41 of 2017": the spelt-out number label opens the act's number
            and not (nxt == "Number" and NUMBER_NEXT.match(text, tokens[end_i + 1][2]))
            and not COMMUNITY_ACT_NUMBER.match(text, tokens[end_i + 1][1])
        ):
            continue  # the name goes on ("Fireman's Fund Insurance Company"): not headed here
        # Extend to the left over capitalised words and the connectors between them, and over a
        # comma list closed by "and" ("Asylum, Migration and Integration Fund", "Department of
        # State, Foreign Operations, and Related Programs Appropriations Act").
        j = i
        seen_and = oxford = False
        before_comma = None
        inner_acronym = None  # where the name starts if a comma list proves to be the sentence's
        headline = parts_list = False
        gerund_at = _gerund_title_start(tokens, i, adjacent)
        while j > 0 and adjacent(j - 1, j):
            prev = tokens[j - 1][0]
            if gerund_at is not None and j > gerund_at:
                j -= 1  # "the Improving Water Services in Rural Areas Project": a title opened by its gerund
                continue
            if prev == "," and seen_and and j > 1 and tokens[j - 2][0] in t["heads"] and tokens[j - 2][0] != word:
                # "Efficiency Programme, Phase III Loan and Financing Agreements": after a name of its
                # own, the run is that name's part and the kinds of paper under it, no name.
                parts_list = True
                break
            if (
                prev == ","
                and seen_and
                and j > 1
                and _is_name_word(tokens[j - 2][0])
                and tokens[j - 2][0] not in t["stop"]
                and tokens[j - 2][0] not in MONTH_NAMES
                and tokens[j - 2][0] != word  # "X Agreement, Y Agreement": a list of names
                and not _is_country(tokens[j - 2][0])
                and not _is_country(tokens[j][0])
            ):
                before_comma = j if before_comma is None else before_comma
                j -= 2
                continue
            if (
                prev == "and"
                and j > 2
                and tokens[j - 2][0] == ","
                and before_comma is None
                and not seen_and
                and _is_name_word(tokens[j - 3][0])
                and tokens[j - 3][0] not in t["stop"]
                and tokens[j - 3][0] != word
            ):
                seen_and = oxford = True  # an Oxford comma: ", and Related Programs"
                before_comma = j
                j -= 3
                continue
            if (
                prev == "+"
                and j > 1
                and adjacent(j - 2, j - 1)
                and _is_name_word(tokens[j - 2][0])
                and tokens[j - 2][0] not in t["stop"]
            ):
                j -= 2  # "Cotton-4 + Togo Project": a plus joins the partners a name lists
                continue
            if (
                j == i
                and YEARS.fullmatch(prev)
                and (j < 2 or not _is_name_word(tokens[j - 2][0]) or re.search(r"['’]s$", tokens[j - 2][0]))
            ):
                j -= 1  # "Unitaid's 2023–2025 Strategy": the years it runs name a head alone
                break
            if prev in ("and", "&") and before_comma is not None and not oxford:
                break  # one list per name: "Migration and Asylum, Global Gateway and ..." is two
            if (
                prev == "the"
                and j > 2
                and adjacent(j - 2, j - 1)
                and _is_name_word(tokens[j - 2][0])
                and not tokens[j - 2][0].isdigit()
                and tokens[j - 2][0] not in t["stop"]
                and tokens[j - 2][0] not in MONTH_NAMES
                and tokens[j - 2][0] not in BODY_WORDS | LEGISLATURE_WORDS
                and adjacent(j - 3, j - 2)
                and (tokens[j - 3][0] == "the" or re.search(r"['’]s$", tokens[j - 3][0]))
            ):
                # "the Feed the Future Initiative": "the" inside a name after "the" or an owner; not "commend to
                # the Congress the Agreement on ...", where a body is the verb's indirect object.
                j -= 2
                continue
            if prev == ")":
                # A bracketed part inside a name: "Safety of Rwanda (Asylum and Immigration) Bill".
                opening = next((o for o in range(j - 2, max(-1, j - 10), -1) if tokens[o][0] == "("), None)
                inside = [w for w, _a, _b in tokens[opening + 1 : j - 1]] if opening is not None else []
                if (
                    inside
                    and all(_is_name_word(w) or w in t["inner"] for w in inside)
                    and opening > 0
                    and (
                        _is_name_word(tokens[opening - 1][0])
                        # "the Highway 5 (Lakeside Road) Project": a numbered name, its road in brackets
                        or (
                            re.fullmatch(r"\d{1,2}", tokens[opening - 1][0]) is not None
                            and opening > 1
                            and _is_name_word(tokens[opening - 2][0])
                        )
                    )
                ):
                    if (
                        len(inside) == 1
                        and re.fullmatch(r"[A-Z][A-Z0-9]+", inside[0])
                        and _headed_before(tokens, opening, t)
                    ):
                        break  # "Partnership for ... Investment (PGI) Indo-Pacific Economic Framework": two names
                    if len(inside) == 1 and re.fullmatch(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*", inside[0]):
                        # "Central American Minors (CAM) Refugee and Parole Program": an acronym
                        # of the first words, not a word of the name.
                        inner_acronym = (tokens[opening][1], tokens[j - 1][2], inside[0])
                    j = opening
                    continue
                break
            if _capitals_heading(prev) and not tokens[j][0].isupper():
                # "SUMMARY RECORD OF DECISIONS Agenda": a heading in capitals joined to its next line; a
                # title that closes the line is the heading's ("ARTICLE 3 Financial Arrangements")
                headline = text[tokens[end_i][2] :].lstrip(" \t")[:1] in ("\n", "")
                break
            if prev in t["headline_verbs"] or (
                prev in ("on", "for", "of") and j > 1 and tokens[j - 2][0] in t["headline_verbs"]
            ):
                # "Administration Announces New Program to ...", "... Delivers on Major Trade and
                # Investment Deals": a headline's clause, not a name.
                headline = True
                break
            if (
                re.fullmatch(r"[A-Z][\w-]+['’]s", prev)
                and j > 1
                and adjacent(j - 2, j - 1)
                and re.fullmatch(r"[A-Z][a-z]+ing", tokens[j - 2][0])
            ):
                j -= 2  # "the Preserving Canada's Economic Prosperity Act": a gerund's object, inside the title
                continue
            if _is_name_word(prev) and (
                prev not in t["stop"]
                or (
                    prev in NAME_ADJECTIVES
                    and j > 1
                    and (
                        tokens[j - 2][0].lower() in NAME_ADJECTIVE_DETERMINERS
                        or _opens_title(text, tokens, j - 1)
                        or (
                            _is_name_word(tokens[j - 2][0])
                            and tokens[j - 2][0] not in t["stop"]
                            and adjacent(j - 2, j - 1)
                        )
                    )
                )
                # "Implementing Protocol", "Implementing Agreement": the kind of act, a gerund that opens sentences elsewhere
                or (prev in ACT_KINDS and j == i)
                or (
                    # "Power Transmission Strengthening Project", "Capacity Building Programme": a gerund
                    # that opens sentences elsewhere is the name's word between its words and its head
                    j == i
                    and prev.endswith("ing")
                    and j > 1
                    and adjacent(j - 2, j - 1)
                    and _is_name_word(tokens[j - 2][0])
                    and tokens[j - 2][0] not in t["stop"]
                )
            ):
                j -= 1
            elif (
                (
                    prev in ("and", "&", "of", "for", "on")
                    or (prev == "in" and j > 2 and tokens[j - 3][0] == "the")
                    or prev in LONG_TITLE_PREPOSITIONS
                )
                and j > 1
                and adjacent(j - 2, j - 1)
                and _is_name_word(tokens[j - 2][0])
                and tokens[j - 2][0] not in t["stop"]
                and not (prev in ("and", "&") and tokens[j - 2][0] == word)  # "X Fund and Y Fund": two
                # "Decree No. 12 of 2019 and Resolution 2231": a year before "and" ends another act's name.
                and not (prev in ("and", "&") and tokens[j - 2][0].isdigit())
                # "a President’s Advisory Board and White House Initiative on HSIs": a body's or a
                # meeting's head before "and" closes a name of its own.
                and not (
                    prev in ("and", "&")
                    and (tokens[j - 2][0] in t["events"] or tokens[j - 2][0] in BODY_WORDS)
                    and not _act_lists_activity(tokens, j - 2, word)
                )
                # "... under the Concession Framework and Decree No. 5120": a numbered act after "and"
                # opens a name of its own.
                and not (
                    prev in ("and", "&")
                    and j == i
                    and word in LEGAL_HEADS
                    and LABELLED_NUMBER_NEXT.match(text, tokens[i][2])
                )
            ):
                seen_and = seen_and or prev in ("and", "&")
                j -= 2
            elif j > 1 and adjacent(j - 2, j - 1) and _own_language_link(prev, tokens[j - 2][0], tokens[j][0]):
                j -= 2  # "the Lingap sa Bukid Program": another language's link word between the title's words
            elif prev in ("to", "for") and _country_titled_run(tokens, j - 1, adjacent, t) is not None:
                j = _country_titled_run(tokens, j - 1, adjacent, t)
            elif (
                prev == "the"
                and j > 1
                and tokens[j - 2][0] == "for"
                and adjacent(j - 2, j - 1)
                and _country_titled_run(tokens, j - 2, adjacent, t) is not None
            ):
                j = _country_titled_run(tokens, j - 2, adjacent, t)
            elif (
                # "Pier 2 Modernisation Project", "Metro Phase 2 Project": a small number after a name's
                # word numbers the part of the works the name is for.
                re.fullmatch(r"\d{1,2}", prev)
                and j > 1
                and adjacent(j - 2, j - 1)
                and tokens[j - 2][0][:1].isupper()
                and tokens[j - 2][0] not in t["stop"]
            ):
                if _capitals_heading(tokens[j - 2][0]):  # "ARTICLE 3 Financial Arrangements": a heading's title
                    headline = text[tokens[end_i][2] :].lstrip(" \t")[:1] in ("\n", "")
                    break
                j -= 2
            else:
                break
        if before_comma is not None and j > 0 and tokens[j - 1][0] in ("and", "&", ","):
            j = before_comma  # the list goes on before the name: it is the sentence's list
        if headline or parts_list or (_in_headline(text, tokens[i][1]) and _headline_clause(text, tokens, j, i, other)):
            continue
        if _in_gerund_run_in(text, tokens[i][1]):
            continue  # "- Supporting Labor Pathways: ...": a run-in heading's clause, no name
        while j < i and j != gerund_at and (tokens[j][0] in t["inner"] or tokens[j][0] in t["stop"]):
            # After a determiner, an adjective is part of the name ("the New Pact", "our New ... Policy").
            if tokens[j][0] in NAME_ADJECTIVES and (
                (j > 0 and tokens[j - 1][0].lower() in NAME_ADJECTIVE_DETERMINERS and adjacent(j - 1, j))
                or _opens_title(text, tokens, j)
            ):
                break
            if tokens[j][0] in ACT_KINDS and j + 1 == i:
                break  # "the Implementing Protocol": the kind of act stays with its head
            j += 1
        if possessive_head:
            if j < i and head not in t["needs_number"] and head not in t["number_after"]:
                end = tokens[i][2] - 2
                names.append(_Name(tokens[j][1], end, text[tokens[j][1] : end], head, "headed"))
            continue
        # Extend to the right: a number, or a prepositional tail of capitalised words.
        end = tokens[end_i][2]
        if second is not None:
            k = end_i
            while (
                k + 1 < len(tokens)
                and adjacent(k, k + 1)
                and tokens[k + 1][0] not in t["stop"]
                and tokens[k + 1][0] not in MONTH_NAMES
                and (_is_name_word(tokens[k + 1][0]) or tokens[k + 1][0].isdigit())
            ):
                k += 1
            end = tokens[k][2]
            if j < i and not any(tokens[x][0] in t["titles"] for x in range(j, i)):
                names.append(_Name(tokens[j][1], end, text[tokens[j][1] : end], head, "headed"))
            continue
        legal = t["legal_tail_re"].match(text, end)
        if (
            legal
            and legal.group("abbr")
            and (
                head not in t["needs_number"] | set(t["number_after"])
                or legal.group("abbr") != _initials(text[tokens[j][1] : tokens[end_i][2]])
            )
        ):
            legal = None  # "Executive Order (EO) 14124": only the head's own short form stands before its number
        if legal and legal.group(0)[: legal.group(0).find(legal.group(0).strip()[:1])].count("\n") > 1:
            legal = None  # "International Monetary Fund / 700 19th Street": a blank line ends the name
        if (
            legal
            and "\n" in legal.group(0)
            and LIST_LABEL.match(text, end + len(legal.group(0)) - len(legal.group(0).lstrip()))
        ):
            legal = None  # "Part 7 - Decisions" over "7.2 AGREED that ...": the next line's paragraph number
        if legal and head in t["not_year"] and re.fullmatch(rf"\s*{YEAR}", legal.group(0)):
            continue  # "the Rule of Law 2020 report": a year is no law's number
        k = end_i
        year_for = FOR_FISCAL_YEAR.match(text, end)
        numbered = legal is not None and bool(legal.group(0).strip())
        if numbered:
            end = legal.end()
        elif year_for and head in t["needs_number"] and j < i:
            end = year_for.end()  # "the General Budget Law for the Fiscal Year 2012": a yearly act
        elif (
            head in YEARLY_ACT_HEADS
            and 0 < j < i - 1
            and re.fullmatch(YEAR, tokens[j][0])
            and tokens[j + 1][0].istitle()
            and tokens[j - 1][0].lower() in BACKREF_DETERMINERS
        ):
            pass  # "the 2024 Finance Law": the year it is for, before its title, names a yearly act
        elif head in t["needs_number"] or (
            head in t["number_after"] and (j == i or tokens[i - 1][0] in t["number_after"][head])
        ):
            named = head in t["tail_names"] and end_i + 1 < len(tokens) and tokens[end_i + 1][0] == "on"
            # "the Public Investment Management Decree": enough capitalised words before it title it.
            capitalised = sum(tokens[x][0][:1].isupper() for x in range(j, i))
            titled = capitalised >= t["titled_by"].get(head, len(tokens))
            titled = titled or (
                head in t["titled_by"]
                and capitalised >= MIN_TITLE_WORDS_IN_THE_MAKING
                and ACT_IN_THE_MAKING.search(text, max(0, tokens[j][1] - 40), tokens[j][1]) is not None
            )
            # "Article 14 of the Military Programming Law": an act whose article is cited is a named act.
            titled = titled or (
                j < i and CITED_ARTICLE.search(text, max(0, tokens[j][1] - 40), tokens[j][1]) is not None
            )
            k = _tail(text, tokens, end_i, adjacent, t, other) if named or titled else end_i  # not "Law of the Sea"
            if titled and (k == end_i or not any(tokens[x][0][:1].isupper() for x in range(end_i + 1, k + 1))):
                k = end_i
            elif k == end_i or not any(tokens[x][0][:1].isupper() for x in range(end_i + 1, k + 1)):
                continue  # "Resolution", "Executive Order" name an instrument only with their number
            subject = re.sub(r"^the\s+", "", text[tokens[min(end_i + 2, k)][1] : tokens[k][2]])
            if k > end_i and _is_country(subject):
                continue  # "the Security Council Resolution on Syria": a place is what it is about, no name
            end = tokens[k][2]  # "Law on State Border and Its Protection": its subject names it
        else:
            k = _tail(text, tokens, end_i, adjacent, t, other)
            if (
                j == i
                and k > end_i
                and tokens[end_i + 1][0] == "with"
                and ONE_OF_A_KIND_BEFORE.search(text, max(0, tokens[j][1] - 40), tokens[j][1])
            ):
                k = end_i  # "signed a Memorandum of Understanding with the ...": one of a kind, its partner no name
            end = tokens[k][2]
        # After an owner's genitive the title is the owner's ("President Biden’s Unity Plan").
        owned = max((x + 1 for x in range(j, i) if re.search(r"['’]s$", tokens[x][0])), default=j)
        # "Minister of Trade Decree Number 41 of 2017": a numbered act keeps the office that issues it.
        numbered_act = head in LEGAL_HEADS and numbered
        if (
            not numbered_act
            and any(tokens[x][0] in t["titles"] for x in range(owned, i))
            and not _named_after_office(text, tokens, owned, i, t, other)
        ):
            continue  # "Special Representative for Migration Agreements" is a person's title
        start = tokens[j][1]
        forenames = (
            NAMED_AFTER_FORENAMES.search(text, max(0, start - 40), start) if head in PERSON_NAMED_HEADS else None
        )
        if forenames:
            start = forenames.start()  # "the Harold W. Jenkins ... Act": the forename and initial name it too
        # "the Partnership for Central America's Call to Action": a tail ends at its owner.
        possessive = next(
            (
                m
                for m in re.finditer(r"['’]s\b", text[tokens[i][2] : end])
                if not _in_place(text, tokens[i][2] + m.start())
                and not _country_subject(text, tokens[i][2] + m.start(), end, t)
                and not MAJESTY_BEFORE.search(
                    text, max(0, tokens[i][2] + m.start() - MAJESTY_REACH), tokens[i][2] + m.start()
                )
            ),
            None,
        )
        after = re.match(r"\s+([A-Z]\w+)", text[tokens[i][2] + possessive.end() :]) if possessive else None
        if after and after.group(1) in t["events"]:
            # "Chair's Statement of the APEC Leader's Summit": the tail names the meeting, not the paper.
            end = tokens[end_i][2]
        elif possessive:
            end = tokens[i][2] + possessive.start()
            # "... Plan for Sudan and UNHCR's Regional Plan": an owner after "and" is another's.
            listed = re.search(r"\s+(?:and|&)\s+[\w.-]+$", text[tokens[i][2] : end])
            if listed:
                end = tokens[i][2] + listed.start()
        # "the European Union's Global Gateway Package": the owner is not part of the name.
        # A genitive of people describes, not owns: "African Women's Entrepreneurship Program".
        owners = [
            m
            for m in re.finditer(r"(\w+)['’]s\s+", text[start : tokens[i][1]])
            if m.group(1) not in t["people_genitives"] | t["office_genitives"]
            and not _in_place(text, start + m.end(1))
            # "the Preserving Canada's Economic Prosperity Act": a gerund's object, inside the title
            and not GERUND_BEFORE.search(text, start, start + m.start())
        ]
        if owners:
            start += owners[-1].end()
        single = start == tokens[i][1] and end_i == i and end == tokens[end_i][2]
        if not single and len(text[start:end].split()) < t["min_words"].get(head, 0):
            continue  # "a Bank Account": a head too common to name a reserve with one word before it
        if single:
            before = text[max(0, start - 12) : start].split()
            if not before or before[-1].lower() not in BACKREF_DETERMINERS:
                continue
        if word != head and legal and legal.group(0).strip():
            # "Executive Orders 12957 and 12959": one instrument per number, named in the singular.
            stem = text[start : tokens[i][1]] + head
            names.append(_Name(start, end, f"{stem} {legal.group(0).strip()}", head, "headed"))
            more = MORE_NUMBERS.match(text, end)
            while more:
                names.append(_Name(more.start(1), more.end(1), f"{stem} {more.group(1)}", head, "headed"))
                more = MORE_NUMBERS.match(text, more.end())
            continue
        names.append(_Name(start, end, text[start:end], head, "headed", backref=single))
        if legal and legal.group("abbr"):
            names[-1].norm = re.sub(
                r"\s+",
                " ",
                text[start : legal.start("abbr") - 1].rstrip() + " " + text[legal.end("abbr") + 1 : end].lstrip(),
            )
        if inner_acronym and start <= inner_acronym[0]:
            a, b, acronym = inner_acronym
            names[-1].norm = re.sub(r"\s+", " ", text[start:a].rstrip() + " " + text[b:end].lstrip())
            names[-1].acronym = acronym
    return names


@functools.lru_cache(maxsize=1)
def _government_unit_heads() -> frozenset[str]:
    """The words of a government's unit that runs what it owns ("... of the Ruritanian Ministry of Health"): after a
    programme's "of the", such a body owns the programme and is no word of its name; the organisations' own."""
    from extractor.nlp.organisations import GOVERNMENT_UNIT_HEADS  # it imports this module: read once, at first use

    return GOVERNMENT_UNIT_HEADS


def _own_language_link(word: str, before: str, after: str) -> bool:
    """Whether a short lower-case word between two capitalised words that are no English words links a title in another
    language ("Lingap sa Bukid", "Bahay ng Kabataan"): the link is no English word either."""
    known = english_words()
    if known is None or not re.fullmatch(r"[a-z]{2,3}", word) or word in STOP_WORDS:
        return False
    return all(re.fullmatch(r"[A-Z][a-z]+", w) for w in (before, after)) and not known.known(
        [word, before.lower(), after.lower()]
    )


# Body words that also name a field of activity an act's title lists ("the Public Administration and Procurement Act",
# "the Civil Service and Pensions Act"): before "and" inside an act's title they close no body's name.
ACTIVITY_BODY_WORDS = frozenset({"Administration", "Service"})
# An English adjective by its ending ("Financial", "Public", "Civil", "Judiciary"), not a person's name ("the Trump
# Administration and ...").
ACTIVITY_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:al|ic|il|ive|ary|ory|ous|ian)")


def _act_lists_activity(tokens: list, k: int, head_word: str) -> bool:
    """Whether the body word at ``k``, before "and" in a legal act's title, names a field of activity: an English
    adjective stands before it ("Financial Administration"), not a person's or a place's name."""
    if head_word not in LEGAL_HEADS or tokens[k][0] not in ACTIVITY_BODY_WORDS or k == 0:
        return False
    before = tokens[k - 1][0]
    known = english_words()
    return (
        ACTIVITY_ADJECTIVE.fullmatch(before) is not None and known is not None and bool(known.known([before.lower()]))
    )


def _country_titled_run(tokens: list, at: int, adjacent, t: dict) -> Optional[int]:
    """The token opening a title that a country's name opens after "the", with capitalised words up to the "to" or
    "for" (and "the") at ``at`` ("the Ruritania Access to Clean Energy Project", "the Elbonia Meals for the Aged
    Programme"): the country names the programme's own title, not a party to it; else None."""
    k = at - 1
    while k >= 0 and adjacent(k, k + 1) and _is_name_word(tokens[k][0]) and tokens[k][0] not in t["stop"]:
        k -= 1
    opening = k + 1
    if (
        opening < at - 1  # a country and at least one word of the title's own before the preposition
        and k >= 0
        and tokens[k][0].lower() == "the"
        and adjacent(k, opening)
        and _is_country(tokens[opening][0])
        and not any(_is_country(tokens[x][0]) or tokens[x][0] in BODY_WORDS for x in range(opening + 1, at))
    ):
        return opening
    return None


# The numbered heads whose acts a government passes each year and names by that year ("the 2024 Finance Law"); a
# resolution or a decision named so is only one of that year's.
YEARLY_ACT_HEADS = frozenset({"Law"})
GERUND_TITLE_REACH = 12  # a title opened by a gerund has at most this many words and connectors before its head
GERUND_TITLE_CONNECTORS = frozenset({"and", "&", "of", "for", "on", "in", "to", "the"})


def _gerund_title_start(tokens: list, i: int, adjacent) -> Optional[int]:
    """The token that opens a title with a capitalised gerund right after "the" ("the Strengthening Rural
    Clinics Program", "the Mapping and Protecting Wetlands in South Asia Project"), when the
    title's words and little words run without a break to the head at ``i``; else None."""
    for k in range(i - 1, max(0, i - GERUND_TITLE_REACH) - 1, -1):
        word = tokens[k][0]
        if not adjacent(k, k + 1):
            return None
        if word == "the":
            opener = tokens[k + 1][0]
            return k + 1 if k + 1 < i and GERUND_OPENER.fullmatch(opener) else None
        if word not in GERUND_TITLE_CONNECTORS and not _is_name_word(word):
            return None
    return None


def _named_for_country(words: list[str], start: int, country_at: int, other) -> bool:
    """Whether a name ending in a country's name is its own ("the Digital School Moldova initiative"):
    two words of its own before the country, none a party's, an acronym or a body's ("the EU Georgia
    programme", "the UNDP Moldova programme" are a body's programme in that country)."""
    own = [w for w in words[:-1] if w[:1].isupper() and not w.isupper() and w not in PARTIES]
    return (
        len(own) >= 2
        and len(own) == len(words) - 1
        and not _is_country(words[-2])
        and not other(start, country_at)
        and words[-1] in country_table()
    )


def _headed_before(tokens: list, opening: int, t: dict, reach: int = 8) -> bool:
    """Whether the capitalised run before a bracket at ``opening`` holds an instrument word: the
    bracket then closes a name of its own."""
    for x in range(opening - 1, max(-1, opening - 1 - reach), -1):
        word = tokens[x][0]
        if word in t["heads"]:
            return True
        if not (_is_name_word(word) or word in ("and", "&", "of", "for", "on", "the", "-")):
            return False
    return False


def _country_subject(text: str, genitive: int, end: int, t: dict) -> bool:
    """Whether the "'s" at ``genitive`` follows a country whose own field the name's tail goes on to
    name, with no head of another name after it ("Policy for Iceland's International Development
    Cooperation 2024-2028")."""
    before = re.search(r"((?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*)$", text[:genitive])
    if not before:
        return False
    if " ".join(before.group(1).split()) not in country_table():
        return False  # "Central America's": the whole run of capitals must be the country
    rest = TOKEN.findall(text[genitive + 2 : end])
    return bool(rest) and not any(w in t["heads"] for w in rest)


def _in_place(text: str, genitive: int) -> bool:
    """Whether the "'s" at ``genitive`` is inside a place's name ("Cox's Bazar District"), not an owner's."""
    for match in genitive_places().finditer(text, max(0, genitive - MAX_PLACE_CHARS), genitive + MAX_PLACE_CHARS):
        if match.start() < genitive < match.end():
            return True
    return False


# A body that receives what a tail's "to" points at: "to the Government of Zambia" names no instrument.
RECIPIENT_GOVERNMENT_WORDS = frozenset({"Government", "Governments"})


def _adjective_compound(word: str) -> bool:
    """Whether a word ending in a lower-case part after a hyphen makes an adjective ("Damage-related",
    "COVID-19-related"), not one word spelt with a hyphen ("Co-operation", which is "cooperation")."""
    if not re.search(r"-[a-z]+$", word):
        return False
    known = english_words()
    return known is None or not known.known([word.replace("-", "").lower()])


# The kinds of paper a loan or grant is signed on: with its parties, no instrument's name.
PAPER_AGREEMENT_KINDS = frozenset({"Grant", "Loan", "Financing", "Credit"})
# "Grant No. 20417", "Loan No. 7/305": a paper's kind and its number file one award, no instrument's name; also
# after the lender's acronym ("IDA Credit No. 5123", "ADB Loan No. 2811").
PAPER_NUMBER = re.compile(
    rf"(?:[A-Z][a-z]?[A-Z][A-Za-z]{{0,4}}[ \t]+)?(?:{'|'.join(sorted(PAPER_AGREEMENT_KINDS))})[ \t]+(?:{NUMBER_LABEL}|#)[ \t]*:?[ \t]*[\w/.-]*\d[\w/.-]*"
)

# "Encl.: Draft Contract Agreement", "the Draft Grant Agreement": a paper still being drafted for signature is a
# document sent for review, no programme (the signed "Loan Agreement" may be one, by the conventions).
DRAFT_PAPER = re.compile(
    rf"[Dd]raft[ \t]+(?:(?:{'|'.join(sorted(PAPER_AGREEMENT_KINDS | {'Contract'}))})[ \t]+)+Agreements?"
)

# "an agreement between the X Fund (XF) and the Government", "the documents were agreed with the X Fund": a fund
# that is a party to an agreement acts, as a body does.
FUND_AS_PARTY_BEFORE = re.compile(
    r"\b(?:between|(?:agreed|signed|concluded|negotiated)[ \t]+with)[ \t\n]+(?:the[ \t\n]+)?\Z", re.IGNORECASE
)


# How far before a fund's name the words that make it a party are looked for, in characters.
FUND_AS_PARTY_REACH = 40


def _fund_as_party(n: "_Name", text: str) -> bool:
    """Whether a fund's name stands where a party to an agreement does (a body, not an instrument)."""
    reach = max(0, n.start - FUND_AS_PARTY_REACH)
    return n.head == "Fund" and not n.backref and bool(FUND_AS_PARTY_BEFORE.search(text, reach, n.start))


def _paper_agreement(tokens: list, k: int) -> bool:
    """Whether the head at ``k`` is an agreement named only by its kind ("the Grant Agreement", "Exchange
    of Notes and Loan Agreement"), not by a name of its own ("the Specific Agreement", "EU-Turkey Agreement")."""
    return (
        k > 1
        and tokens[k][0] in ("Agreement", "Agreements")
        and tokens[k - 1][0] in PAPER_AGREEMENT_KINDS
        and not (tokens[k - 2][0][:1].isupper() and tokens[k - 2][0].lower() not in ("the", "a", "this"))
    )


# Two parties after "between", then a title's next part ("... between A and the B of C for the Implementation of ...")
# or its subject ("... between A and B on trade facilitation").
PARTIES_THEN_TITLE = re.compile(
    r"(?:[ \t\n]+(?:the|of|[A-Z][\w.’'-]*))+[ \t\n]+and(?:[ \t\n]+(?:the|of|[A-Z][\w.’'-]*))+"
    r"[ \t\n]+(?:(?:for|on|concerning|regarding|relating)[ \t\n]+(?:the[ \t\n]+)?[A-Z]"
    # "... between A and B on development cooperation": a lower-case subject after them is the title's too
    r"|(?:on|concerning|regarding)[ \t\n]+(?:the[ \t\n]+)?[a-z])"
)
# Heads of an agreement whose own words before them may name it ("the Service Agreement"), its parties after.
PARTY_AGREEMENT_HEADS = frozenset({"Agreement", "Agreements", "Arrangement", "Arrangements"})
# Heads of the instruments states conclude with each other, named with their two state parties.
STATE_PAIR_HEADS = PARTY_AGREEMENT_HEADS | {"Treaty", "Convention", "Protocol", "Memorandum", "Understanding"}


# Two states as the parties after "between" ("the Kingdom of Ruritania and the Republic of Elbonia", "the European
# Union and the Government of Elbonia"): an agreement between states is named with them.
_PARTY = r"(?:the[ \t\n]+)?[A-Z][\w’'-]*(?:[ \t\n]+(?:(?:of|the)[ \t\n]+)*[A-Z][\w’'-]*)*"
STATE_PAIR = re.compile(rf"[ \t\n]*(?P<a>{_PARTY})[ \t\n]+and[ \t\n]+(?P<b>{_PARTY})(?![\w’'-])")
# A monarchy's formula for its state ("His Majesty's Government of ..."): its possessive owns no instrument.
_MAJESTY = r"(?:His|Her)\s+Majesty"
MAJESTY_BEFORE = re.compile(rf"{_MAJESTY}\Z")
MAJESTY_REACH = 20  # characters before a possessive where the formula stands
# A government's words before its state's name as a party ("the Government of", "His Majesty's Government of"); the
# state's own style ("the Republic of") is the country lookup's to strip.
STATE_PARTY_OPENING = re.compile(rf"(?:the\s+)?(?:{_MAJESTY}['’]s\s+)?(?:Government\s+of\s+(?:the\s+)?)?")
UNION_PARTY_NAMES = frozenset({"European Union", "EU"})


def _state_party(words: str) -> bool:
    """Whether a party's words name a state ("the Republic of Elbonia", "the Government of Ruritania") or the EU."""
    name = re.sub(r"\s+", " ", words[STATE_PARTY_OPENING.match(words).end() :])
    return is_state_name(name) or name in UNION_PARTY_NAMES


def _state_pair_end(text: str, start: int) -> Optional[int]:
    """Where the second of two states after "between" ends (``STATE_PAIR`` from ``start``), else None."""
    m = STATE_PAIR.match(text, start)
    return m.end() if m and _state_party(m.group("a")) and _state_party(m.group("b")) else None


def _parties_after_own_name(text: str, tokens: list, k: int, other) -> bool:
    """Whether an own-named agreement ("the Service Agreement") goes on with its parties ("between" two, "with" a body)."""
    if not (
        k > 1
        and k + 2 < len(tokens)
        and tokens[k][0] in PARTY_AGREEMENT_HEADS
        and _is_name_word(tokens[k - 1][0])
        and tokens[k - 1][0] not in PARTIES
        and not _is_country(tokens[k - 1][0])
    ):
        return False
    if tokens[k + 1][0] == "between":
        # "... Arrangement between the Parties for the Implementation of ...": a formal title goes on after its parties
        return not PARTIES_THEN_TITLE.match(text, tokens[k + 1][2]) and _state_pair_end(text, tokens[k + 1][2]) is None
    m = k + 3 if tokens[k + 2][0] == "the" else k + 2
    if tokens[k + 1][0] != "with" or m >= len(tokens) or other is None:
        return False
    party = list(itertools.takewhile(lambda token: token[0][:1].isupper(), tokens[m:]))
    return bool(party) and other(party[0][1], party[-1][2]) and not _is_country(text[party[0][1] : party[-1][2]])


def _tail(text: str, tokens: list, k: int, adjacent, t: dict, other=None) -> int:
    """The index of the last token of a name's prepositional tails ("on Migration and Asylum",
    "for Refugees and Migrants from Venezuela", "for the future Education of Syrian Refugees")."""
    preps = t["tail_prep"]
    if (
        k + 2 < len(tokens)
        and tokens[k][0] in LEGAL_HEADS_AND_PLURALS
        and tokens[k + 1][0] == "of"
        and re.fullmatch(YEAR, tokens[k + 2][0])
        and adjacent(k, k + 1)
        and adjacent(k + 1, k + 2)
    ):
        return k + 2  # "the Cybersecurity Act of 2015": the year of a law is part of its name
    if (
        0 < k < len(tokens) - 2
        and tokens[k][0] in LEGAL_HEADS_AND_PLURALS
        and _is_name_word(tokens[k - 1][0])
        and tokens[k - 1][0].lower() != "the"
        and tokens[k + 1][0] == ","
        and re.fullmatch(YEAR, tokens[k + 2][0])
        and adjacent(k, k + 1)
        and adjacent(k + 1, k + 2)
        and not re.match(r"\s*[-–/]?\d", text[tokens[k + 2][2] :])
    ):
        return k + 2  # "the Consolidated Appropriations Act, 2023": a US statute's year after its comma
    if (
        k + 4 < len(tokens)
        and tokens[k + 1][0] == "in"
        and tokens[k + 2][0][:1].isupper()
        and tokens[k + 2][0] not in t["stop"]
        and tokens[k + 3][0] in ("to", "of")
        and (_is_name_word(tokens[k + 4][0]) or tokens[k + 4][0] == "the")
        and not (other or _not_other)(tokens[k + 2][1], tokens[k + 2][2])
        and all(adjacent(x, x + 1) for x in range(k, k + 4))
    ):
        # "Trust Fund in Response to the Syrian Crisis", "Fund in Support of ...": a capitalised
        # phrase after "in" that goes on with a preposition is the name's.
        k = _name_words(tokens, k + 2, adjacent, t, connectors=False)
        preps = t["tail_chain"]
    head_k = k
    while k + 2 < len(tokens) and tokens[k + 1][0] in preps and adjacent(k, k + 1):
        m = k + 2
        if k == head_k and tokens[k + 1][0] in ("between", "with") and _paper_agreement(tokens, k):
            break  # "the Grant Agreement between JICA and ERD": a loan's or grant's paper, its parties no name
        if k == head_k and _parties_after_own_name(text, tokens, k, other):
            break  # "the Trust Implementation Agreement between the Fund and the Ministry": its parties, no name
        if k == head_k and tokens[k][0] in t["works_heads"] and _located_on(tokens, k, adjacent, t):
            break  # "the Shigar Hydropower Project on the Shigar River": where the works stand, no name
        if (
            tokens[k][0] in LENDING_HEADS
            and tokens[k + 1][0] == "with"
            and _intergovernmental_partner(text, tokens[k + 1][2])
        ):
            break  # "a Stand-By Arrangement with the IMF": the lender's own instrument, named without it
        if k == head_k and tokens[k + 1][0] == "under" and _intergovernmental_before(text, tokens[k][2]):
            break  # "the International Monetary Fund under the Extended Fund Facility": the lender, then its instrument
        if t["headline_infinitive_re"].match(text, tokens[k][2]) and _in_headline(text, tokens[m][1]):
            break  # "Advancing an ... Equity Agenda to Expand Opportunity": the headline's purpose
        if tokens[m][0] == "the" and m + 1 < len(tokens):
            m += 1
        # One lower-case word may stand before the capitalised words ("the future Education").
        lowered = False
        if (
            tokens[m][0].islower()
            and tokens[m][0] not in t["inner"]
            and tokens[m - 1][0] != "to"  # "Partnership to enhance Costa Rica's ...": an infinitive
            and m + 1 < len(tokens)
            and _is_name_word(tokens[m + 1][0])
            and adjacent(m, m + 1)
        ):
            m += 1
            lowered = True
        elif (
            tokens[m - 1][0] == "for"
            and re.fullmatch(r"[a-z]{3,}ing", tokens[m][0])
            and m + 2 < len(tokens)
            and tokens[m + 1][0] == "to"
            and _is_name_word(tokens[m + 2][0])
            and adjacent(m, m + 1)
            and adjacent(m + 1, m + 2)
        ):
            m += 2  # "Fund for responding to Loss and Damage": a gerund and its object name the purpose
        # "Program for Strengthening Resilience against ...": a Title Case gerund opens a tail's object.
        gerund = tokens[m][0].endswith("ing") and tokens[m - 1][0] in preps and m + 1 < len(tokens)
        gerund = gerund and _is_name_word(tokens[m + 1][0]) and tokens[m + 1][0] not in t["stop"]
        if (
            not (_is_name_word(tokens[m][0]) and (tokens[m][0] not in t["stop"] or gerund) and adjacent(m - 1, m))
            or tokens[m][0] in MONTH_NAMES
            or tokens[m][0] in WEEKDAY_NAMES  # "the Agreement on Thursday, 18 June": a day, not its subject
            or tokens[m][0].isdigit()
            or FISCAL_YEAR_WORD.fullmatch(tokens[m][0])
            or _adjective_compound(tokens[m][0])  # "for COVID-19-related needs": an adjective of a noun
        ):
            break  # "the Pact on Migration and Asylum in June": a date is not part of the name
        if tokens[head_k][0] not in LEGAL_HEADS_AND_PLURALS and _budget_year_ahead(tokens, m):
            break  # "the Joint Programme on Literacy for the Ruritanian Fiscal Year 2005": its budget's period
        if m + 1 < len(tokens) and YEARS.fullmatch(tokens[m + 1][0]) and adjacent(m, m + 1):
            k = m + 1  # "Plan of Action 2018-2030": the years it runs are part of its name
            break
        if (
            m + 1 < len(tokens)
            and tokens[m + 1][0][:1].isdigit()
            and not COLUMN_GAP.fullmatch(text, tokens[m][2], tokens[m + 1][1])
        ):
            break  # "the Ukraine Facility of EUR 50 billion": a sum, not a name; a sum in the next column is the row's
        if m + 1 < len(tokens) and tokens[m + 1][1] == tokens[m][2] and tokens[m + 1][0][:1] in GLUED_CURRENCY_SIGNS:
            break  # "a Flash Appeal for US$415 million": a currency's prefix and its sign, not a name
        prep = tokens[m - 1][0] if tokens[m - 1][0] in preps else tokens[m - 2][0]
        last = _name_words(tokens, m, adjacent, t)
        if _adjective_compound(tokens[last][0]):
            break  # "Fund for Loss and Damage-related climate action": the words make an adjective
        if (
            # "the Central Relief Fund to the Cuban people": a demonym before those a sum goes to
            (lowered or [w for w, _a, _b in tokens[m - 2 : m]] == ["to", "the"])
            and last == m
            and _is_country(tokens[m][0])
            and last + 1 < len(tokens)
            and tokens[last + 1][0].islower()
            and tokens[last + 1][0] not in t["tail_closers"]
            and adjacent(last, last + 1)
        ):
            break  # "for the occupied Palestinian territory": a demonym describes a lower-case noun
        if (
            last == m
            and len(tokens[m][0]) > 1
            and tokens[m][0].isupper()
            and last + 1 < len(tokens)
            and tokens[last + 1][0].islower()
            and tokens[last + 1][0] not in t["tail_closers"]
            and adjacent(last, last + 1)
        ):
            break  # "the Relief Fund on the CARICOM website": an acronym that describes a lower-case noun
        if prep == "to" and (
            tokens[m][0] in RECIPIENT_GOVERNMENT_WORDS or (other or _not_other)(tokens[m][1], tokens[last][2])
        ):
            break  # "presented the Strategy to the Committee on ...", "paid under the Pool to the Government of X"
        if k == head_k and prep == "of" and _is_country(text[tokens[m][1] : tokens[last][2]]):
            break  # "Quad Vaccine Partnership of the United States": the owner, not the name
        if prep == "with" and tokens[m - 1][0] == "the" and last == m and tokens[m][0].istitle():
            break  # "deposit its Instrument of Ratification with the Bank": a lone back-reference, no partner's name
        if (
            k == head_k
            and prep == "of"
            and tokens[m - 1][0] == "the"
            and last == m
            and tokens[m][0] in t["owner_units"]
        ):
            break  # "the Quick Response Fund of the City": the unit that owns it, named by its kind, not the name
        if (
            k == head_k
            and prep == "of"
            and (
                tokens[k][0] in OWNED_FUND_HEADS
                or tokens[k][0] in t["trailing_owned"]
                # "the School Meals Program of the Ruritanian Department of Education": a government's department runs it
                or (
                    any(tokens[x][0] in _government_unit_heads() for x in range(m, last + 1))
                    and all(_is_name_word(tokens[x][0]) for x in range(max(0, k - 2), k))  # a title of its own
                )
            )
            and other is not None
            and other(tokens[m][1], tokens[last][2])
        ):
            break  # "Poverty Reduction and Growth Trust of the International Monetary Fund": its owner body
        run = [w for w, _a, _b in tokens[m : last + 1]]
        # "on Manufacturing and Access to Vaccines, Medicines and Health Technologies": a list may close
        # a chained tail after "to" as well
        if (prep in COMMA_LIST_PREPS or (prep == "to" and k != head_k)) and (
            last == _name_words(tokens, m, adjacent, t, connectors=False)
            or ("of" in run and not {"and", "&"} & set(run))
        ):
            # "on Free Movement of Persons, Residence and Establishment": the list is the last item's.
            last = _comma_list(tokens, last, adjacent, t, other or _not_other)
        last = _name_words(tokens, last, adjacent, t)
        if (
            last + 3 < len(tokens)
            and [w for w, _a, _b in tokens[last + 1 : last + 3]] == ["and", "the"]
            and _is_name_word(tokens[last + 3][0])
            and all(adjacent(x, x + 1) for x in range(last, last + 3))
            and (other or _not_other)(tokens[last + 1][1], tokens[last + 1][2])
        ):
            last += 3  # "... for Prosperous and Resilient Asia and the Pacific": a place's "and the" is the name's
        elif _places_joined(text, tokens, m, last, adjacent, t):
            last = _name_words(tokens, last + 3, adjacent, t, connectors=False)  # "for Ruritania and the Outer Isles"
        if prep == "under" and tokens[last][0] in t["heads"]:
            break  # "the Fund under the Poverty Reduction and Growth Facility": another instrument, a name of its own
        if tokens[last][0] in t["heads"] and re.fullmatch(ORDINAL, tokens[m][0]):
            break  # "the Fund for the Ninth Replenishment": a numbered round of the instrument, a name of its own
        # "Agreement on Trade between the Kingdom of Ruritania and the Republic of Elbonia": two states, named whole
        pair_end = (
            _state_pair_end(text, tokens[k + 1][2])
            if prep == "between"
            and tokens[head_k][0] in STATE_PAIR_HEADS
            and tokens[head_k - 1][0].lower() not in ("a", "an")  # "an Agreement between ...": no name of its own
            else None
        )
        if pair_end is not None:
            last = next(x for x in range(last, len(tokens)) if tokens[x][2] >= pair_end)
        elif prep == "between" and not _names_a_pair(tokens, m, adjacent):
            break  # "a Talent Partnership between Senegal and the European Union": one of two parties names nothing
        if last + 1 < len(tokens) and tokens[last + 1][0] in ("route", "routes") and adjacent(last, last + 1):
            return last + 1  # "Action Plan on the Western Mediterranean and Atlantic routes"
        if (
            last + 1 < len(tokens)
            and tokens[last + 1][0] in t["tail_closers"]
            and adjacent(last, last + 1)
            and _is_country(text[tokens[m][1] : tokens[last][2]])
        ):
            return last + 1  # "Regional Refugee Response Plan for the Sudan situation": the name runs to its end
        k = last
        if k + 1 < len(tokens) and YEARS.fullmatch(tokens[k + 1][0]) and adjacent(k, k + 1):
            return k + 1  # "Action Plan for the Eradication of Terrorism 2020–2024": its years
        preps = t["tail_chain"]
    return k


def _budget_year_ahead(tokens: list, m: int) -> bool:
    """Whether a tail's words from ``m`` name a budget's year ("Fiscal Year", "Ruritanian Financial Year")."""
    return any(
        tokens[x][0] in BUDGET_YEAR_WORDS and tokens[x + 1][0] == "Year" for x in range(m, min(m + 2, len(tokens) - 1))
    )


def _located_on(tokens: list, k: int, adjacent, t: dict) -> bool:
    """Whether the tail after token ``k`` is "on" or "at" a place's feature ("on the Indus River", "at Lake Kivu")."""
    if tokens[k + 1][0] not in ("on", "at"):
        return False
    m = k + 3 if k + 3 < len(tokens) and tokens[k + 2][0] == "the" else k + 2
    run = []
    while m < len(tokens) and tokens[m][0][:1].isupper() and (not run or adjacent(m - 1, m)):
        run.append(tokens[m][0])
        m += 1
    return any(word in t["place_features"] for word in run)


def _names_a_pair(tokens: list, m: int, adjacent) -> bool:
    """Whether the capitalised run from ``m`` (over "of" and "the" inside it) joins a second party with
    "and" ("between the Competent Authorities of the United States of America and Romania")."""
    k = m
    while k + 1 < len(tokens) and adjacent(k, k + 1):
        word, following = tokens[k + 1][0], tokens[k + 2][0] if k + 2 < len(tokens) else ""
        if word in ("and", "&") and _is_name_word(following):
            return True
        if not (_is_name_word(word) or (word in ("of", "the") and (_is_name_word(following) or following == "the"))):
            return False
        k += 1
    return False


@functools.lru_cache(maxsize=1)
def _intergovernmental_opening() -> re.Pattern:
    """The names, aliases and acronyms of the international and UN bodies, at a text's start after "the"."""
    return re.compile(r"\s+(?:the\s+)?(?:" + _intergovernmental_alternation() + r")(?![\w-])")


@functools.lru_cache(maxsize=1)
def _intergovernmental_closing() -> re.Pattern:
    """The names of the international and UN bodies, closing the text before an offset."""
    return re.compile(r"(?<![\w-])(?:" + _intergovernmental_alternation() + r")$")


def _intergovernmental_alternation() -> str:
    """The international and UN bodies' names, aliases and acronyms as one regex alternation, longest first."""
    from extractor.nlp.organisations import intergovernmental_spellings  # organisations imports this module

    return "|".join(re.escape(n) for n in sorted(intergovernmental_spellings(), key=len, reverse=True))


def _intergovernmental_before(text: str, offset: int) -> bool:
    """Whether an international or UN body's name ends right at ``offset`` (before "under"): the lender itself."""
    return bool(_intergovernmental_closing().search(text[max(0, offset - INTERGOVERNMENTAL_NAME_REACH) : offset]))


def _body_named_for(n: _Name, text: str) -> bool:
    """Whether a listed instrument's name, its acronym in brackets and a body's head word follow on (the
    "African Continental Free Trade Area (AfCFTA) Secretariat"): the body that runs it is named."""
    from extractor.nlp.organisations import ORG_HEADS  # organisations imports this module

    if n.rule != "extra":
        return False
    after = ACRONYM_THEN_WORD.match(text, n.end)
    if after is None and text[n.start - 1 : n.start] == "(":
        after = CLOSED_THEN_WORD.match(text, n.end)  # the acronym itself, in its brackets
    return after is not None and after.group(1) in ORG_HEADS


def _secretariat_named_for(n: _Name, text: str) -> bool:
    """Whether a name closes "the Secretariat of the ... (S...)", its acronym the secretariat's: the body, not
    the instrument (an "Executive Secretariat of the ... Programme" without one serves a programme named)."""
    if n.backref or SECRETARIAT_OF_THE.search(text, max(0, n.start - len("Secretariat of the  ")), n.start) is None:
        return False
    acronym = BRACKETED_ACRONYM.match(text, n.end)
    return acronym is not None and acronym.group(1) == "S" + _initials(n.text)


def _quoted_body_name(n: _Name, text: str) -> bool:
    """Whether a name stands in quotes right after an organisation's head word ('the Directorate "Border
    Guards"'): the quotes hold the body's own name."""
    from extractor.nlp.organisations import ORG_HEADS  # organisations imports this module

    if not (0 < n.start and text[n.start - 1] in "\"“‘'" and text[n.end : n.end + 1] in ('"', "”", "’", "'")):
        return False
    before = re.search(r"(\w+)[ \t]*$", text[max(0, n.start - 31) : n.start - 1])
    return before is not None and before.group(1).capitalize() in ORG_HEADS  # also "DIRECTORATE" in capitals


def _intergovernmental_partner(text: str, offset: int) -> bool:
    """Whether an international or UN body's name follows ``offset`` (after "with"): a partner that lends."""
    return bool(_intergovernmental_opening().match(text, offset))


# Heads of a lender's own instruments ("Stand-By Arrangement", "Extended Credit Facility"): "with" the lender
# after them is no part of the name; a memorandum or an agreement "with" a body is named by its partner.
LENDING_HEADS = frozenset({"Arrangement", "Facility"})
# How far back an international body's name may begin before "under" ("the International Monetary Fund under ...").
INTERGOVERNMENTAL_NAME_REACH = 120
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
# A fund's number in its series and its tranche's letter ("Growth Fund I-A", "Fund III-B"): the name's own.
SERIES_TRANCHE = re.compile(rf"(?:{'|'.join(ROMAN_NUMERALS)})-[A-Z]")


def _inline_item_label(text: str, token: tuple) -> bool:
    """Whether a token is a list item's label ("II.") on a line where the item before it stands ("I. ")."""
    word, start, end = token
    if word not in ROMAN_NUMERALS[1:] or not text.startswith(". ", end):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.search(rf"(?<![\w-]){ROMAN_NUMERALS[ROMAN_NUMERALS.index(word) - 1]}\.\s", line) is not None


def _sum_at(tokens: list, k: int) -> bool:
    """Whether token k opens a sum, a currency's code before a number ("a Fund for Museums of EUR 3 million")."""
    return k + 1 < len(tokens) and tokens[k][0] in currency_tables()[2] and tokens[k + 1][0][:1].isdigit()


def _name_words(tokens: list, k: int, adjacent, t: dict, connectors: bool = True) -> int:
    """The last token of the run of capitalised words (joined by "and", "of" ...) from ``k``."""
    while True:
        if (
            connectors
            and k + 3 < len(tokens)
            and tokens[k + 1][0] in ("and", "of")
            and tokens[k + 2][0] in TITLE_POSSESSIVES
            and _is_name_word(tokens[k + 3][0])
            and tokens[k + 3][0] not in t["stop"]
            and all(adjacent(x, x + 1) for x in range(k, k + 3))
        ):
            k += 3  # "on State Border and Its Protection": a possessive in Title Case goes on
        elif (
            k + 2 < len(tokens)
            and tokens[k][0].endswith("ing")
            and tokens[k + 1][0] in GERUND_PARTICLES
            and _is_name_word(tokens[k + 2][0])
            and tokens[k + 2][0] not in t["stop"]
            and adjacent(k, k + 1)
            and adjacent(k + 1, k + 2)
        ):
            k += 2  # "on Scaling up Community-based Fisheries Management": a gerund's particle in lower case
        elif (
            connectors
            and k + 2 < len(tokens)
            and tokens[k + 1][0] in ("and", "of", "&", "the")
            and adjacent(k, k + 1)
            and _is_name_word(tokens[k + 2][0])
            and adjacent(k + 1, k + 2)
            and tokens[k + 2][0] not in t["stop"]
            and not _sum_at(tokens, k + 2)
        ):
            k += 2
        elif (
            connectors
            and k + 3 < len(tokens)
            and tokens[k + 1][0] == "that"
            and re.fullmatch(r"[A-Z][a-z]+", tokens[k + 2][0])
            and tokens[k + 2][0] not in t["stop"]
            and not _is_country(tokens[k + 2][0])
            and (_is_name_word(tokens[k + 3][0]) or tokens[k + 3][0] == "the")
            and all(adjacent(x, x + 1) for x in range(k, k + 3))
        ):
            k += 2  # "on Substances that Deplete the Ozone Layer": a title capitalises its relative clause's verb
        elif (
            connectors
            and k + 3 < len(tokens)
            and tokens[k + 1][0] in ("a", "an")
            and re.fullmatch(r"[A-Z][a-z]+", tokens[k][0])
            and re.fullmatch(r"[A-Z][a-z]+", tokens[k + 2][0])
            and tokens[k + 2][0] not in t["stop"]
            and (tokens[k + 3][0] in ("and", "of") or re.fullmatch(r"[A-Z][a-z]+", tokens[k + 3][0]))
            and all(adjacent(x, x + 1) for x in range(k, k + 3))
        ):
            k += 2  # "to End the Armed Conflict and Build a Stable and Lasting Peace": a title's article in lower case
        elif (
            connectors
            and k + 2 < len(tokens)
            and tokens[k + 1][0] in FOREIGN_LINKS
            and tokens[k + 2][0][:1].isupper()
            and tokens[k + 2][0] not in t["stop"]
            and adjacent(k, k + 1)
            and adjacent(k + 1, k + 2)
        ):
            k += 2  # "of Rio Grande do Sul": a place's name in its own language goes on over its link
        elif (
            k + 1 < len(tokens)
            and _is_name_word(tokens[k + 1][0])
            and adjacent(k, k + 1)
            and tokens[k + 1][0] not in t["stop"]
            and tokens[k + 1][0] not in MONTH_NAMES  # "... in Central America February 2023": a date line
        ):
            k += 1
        else:
            return k


def _comma_list(tokens: list, k: int, adjacent, t: dict, other) -> int:
    """After a tail's first item, the end of a comma list closed by "and" ("for Safe, Orderly and
    Regular Migration"), or ``k`` itself when the commas do not close into one list (or list
    countries or bodies: "on Refugees, Frontex and UNHCR")."""
    m = k
    if other(tokens[k][1], tokens[k][2]):
        return k
    while (
        m + 2 < len(tokens)
        and tokens[m + 1][0] == ","
        and _is_name_word(tokens[m + 2][0])
        and tokens[m + 2][0] not in t["stop"]
        and adjacent(m + 1, m + 2)
    ):
        first = m + 2
        m = _name_words(tokens, m + 2, adjacent, t, connectors=False)
        if other(tokens[first][1], tokens[m][2]):
            return k
        closing = m + 1 + (m + 1 < len(tokens) and tokens[m + 1][0] == ",")
        if (
            closing + 1 < len(tokens)
            and tokens[closing][0] == "and"
            and adjacent(closing, closing + 1)
            and _is_name_word(tokens[closing + 1][0])
            and tokens[closing + 1][0] not in t["stop"]
            and tokens[closing + 1][0] not in MONTH_NAMES
        ):
            last = _name_words(tokens, closing + 1, adjacent, t, connectors=False)
            return k if other(tokens[closing + 1][1], tokens[last][2]) else last
    return k


def _places_joined(text: str, tokens: list, m: int, last: int, adjacent, t: dict) -> bool:
    """Whether the tail's words from ``m`` to ``last`` name a country or territory that "and the"
    joins to another: an appeal or fund for two places names both ("... for Haiti and the Dominican Republic")."""
    if not (
        last + 3 < len(tokens)
        and [w for w, _a, _b in tokens[last + 1 : last + 3]] == ["and", "the"]
        and all(adjacent(x, x + 1) for x in range(last, last + 3))
        and _is_country(text[tokens[m][1] : tokens[last][2]])
    ):
        return False
    after = _name_words(tokens, last + 3, adjacent, t, connectors=False)
    return _is_country(text[tokens[last + 3][1] : tokens[after][2]])


def _undated(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name's key without the year it opens with: "the Flash Appeal" is short for "2030 Flash Appeal for ..."."""
    return key[1:] if key and re.fullmatch(YEAR, key[0]) else key


def _not_other(start: int, end: int) -> bool:
    return False


def _subsequence(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` stand in ``longer`` in order, with other words between, and ``longer`` is longer."""
    rest = iter(longer)
    return len(longer) > len(words) and all(w in rest for w in words)


def _country_opening(words: str) -> Optional[str]:
    """The country a run of capitalised words opens with ("Tunisia On", "Costa Rica"), else None."""
    parts = words.split()
    return next((" ".join(parts[:k]) for k in range(len(parts), 0, -1) if _is_country(" ".join(parts[:k]))), None)


def _is_country(word: str) -> bool:
    # A list of countries before a head names partners ("Jordan, Lebanon and Iraq Compacts"); a
    # body's name may stand in a name's list ("Department of State, Foreign Operations, and ...").
    return word in country_table()


def _country_pair(word: str) -> bool:
    """Whether a word is two countries joined by a dash ("Hungary–Serbia"): after a head, the partners of a
    cross-border programme, named last ("Cross-border Cooperation Programme Hungary–Serbia"); with its years after
    it ("Programme Portugal-Mozambique 2022-2026") the title is read whole by the rule for a name that goes on."""
    parts = re.split(r"[-–]", word)
    return len(parts) == 2 and all(_is_country(p) for p in parts)


class _Shifted:
    """A match whose first group starts ``shift`` characters later."""

    def __init__(self, m: re.Match, shift: int) -> None:
        self._start = m.start(1) + shift

    def start(self, _group: int = 0) -> int:
        return self._start


# "the Holding Rights, Leading for Rights initiative": two capitalised phrases joined by one comma
# before a singular lower-case head are one name (a list of two names would take the plural).
COMMA_NAME = re.compile(
    r"\bthe\s+((?:[A-Z][\w’'-]+\s+(?:(?:for|of|on|to|in)\s+(?:the\s+)?)?){1,4}[A-Z][\w’'-]+,"
    r"\s+(?:[A-Z][\w’'-]+\s+(?:(?:for|of|on|to|in)\s+(?:the\s+)?)?){1,4}[A-Z][\w’'-]+)\s+"
    r"(" + "|".join(LOWER_HEADS) + r")(?![\w-])"
)


def _comma_names(text: str, other) -> list[_Name]:
    """Lower-case-headed names with one comma inside ("the Holding Rights, Leading for Rights
    initiative"); not when a part is a country, a body, a place or a name already."""
    t = tables()
    names = []
    for m in COMMA_NAME.finditer(text):
        parts = [p.split() for p in m.group(1).split(",")]
        words = [w for p in parts for w in p]
        if any(sum(w[:1].isupper() for w in p) < 2 for p in parts):
            continue
        if any(
            w in t["heads"] or w in BODY_WORDS or w in t["events"] or w in t["stop"] or w in country_table()
            for w in words
        ):
            continue
        if other(m.start(1), m.end(1)) or "\n" in m.group(1):
            continue
        found = _Name(m.start(1), m.end(), m.group(0)[m.start(1) - m.start() :], None, "comma_name")
        found.norm = re.sub(r"\s+", " ", m.group(1))
        names.append(found)
    return names


# "Digital Transformation with Africa (DTA) Initiative": capitalised words and small words before a
# bracketed acronym, then a head or an apposition naming one (", a new initiative").
ACRONYM_DEFINED = re.compile(
    r"((?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|[a-z]{1,4})\s+){0,10}[A-Z][\w’'-]*)\s*\(([A-Z]{2,8})\)"
    r"(?:(\s+[A-Za-z]+\b)|,\s+(?:(?:a|an|the|new)\s+){1,2}([a-z]+)\b)?"
)


def _acronym_defined(text: str, other) -> list[_Name]:
    """Names with a lower-case "with"/"in" inside that a bracketed acronym confirms word by word
    ("Women in the Sustainable Economy (WISE) Initiative"), when a programme's head follows."""
    t = tables()
    heads = set(t["heads"]) | set(LOWER_HEADS)
    names = []
    for m in ACRONYM_DEFINED.finditer(text):
        head = (m.group(3) or "").strip() or m.group(4) or ""
        if head not in heads and head.capitalize() not in heads:
            continue
        words = m.group(1).split()
        acronym = m.group(2)
        for x in range(len(words)):
            kept = words[x:]
            small = [w for w in kept if not w[:1].isupper()]
            # "the Indonesian Sustainable Palm Oil (ISPO) system": a lower-case head after the bracket says
            # what the capitals name, so no connector need confirm them.
            lower_head = bool(m.group(3)) and head.islower() and not small
            if not kept[0][:1].isupper() or not (lower_head or any(w in t["acronym_connectors"] for w in small)):
                continue
            if any(w not in t["inner"] and w not in t["acronym_connectors"] for w in small):
                continue  # "the Fund we set up in ..." : a clause, not a name
            initials = (
                capital_initials(kept),
                "".join(w[0].upper() for w in kept if w not in t["inner"]),  # "Women In ... (WISE)"
                "".join(w[0].upper() for w in kept),
            )
            if acronym not in initials:
                continue
            start = m.start(1) + len(" ".join(words[:x])) + (1 if x else 0)
            name = text[start : m.end(1)]
            # A country's adjective may open a national instrument's name ("Indonesian ... (ISPO) system"): then
            # only a body's span over the whole name stops it.
            if lower_head and _is_country(kept[0]):
                taken = other(start, start + len(name)) or any(w in BODY_WORDS for w in kept)
            else:
                taken = other(start, start + len(kept[0]))
            if re.sub(r"\s+", " ", name) != " ".join(kept) or taken:
                break  # a body's name ("... Association (NBPA)") is no programme
            if m.group(3):  # "(DTA) Initiative": the head after the bracket closes the name
                found = _Name(start, m.end(3), text[start : m.end(3)], head.capitalize(), "acronym_defined")
                # A lower-case head says what the name names ("(DTA) initiative"), as in lower_head.
                found.norm = f"{name} {head}" if head[:1].isupper() else name
                found.acronym = acronym
            else:  # "(DTA), a new initiative": the name is the words before the bracket
                found = _Name(start, m.end(1), name, head.capitalize(), "acronym_defined")
            names.append(found)
            break
    return names


def _head_first_names(text: str) -> list[_Name]:
    """Names in a language that puts the head first, before the country the instrument is for:
    "Plan Sénégal Émergent", "Plan Colombia" (the data's head_first words)."""
    names = []
    for m in HEAD_FIRST.finditer(text):
        if m.group("head") not in tables()["head_first"]:
            continue
        country = without_accents(m.group("country"))
        if _is_country(country):
            end = m.end("country")
            for word in re.finditer(r"[^\W\d_]+", m.group("rest")):
                if not word.group(0)[0].isupper():
                    break
                end = m.start("rest") + word.end()
            names.append(_Name(m.start(), end, text[m.start() : end], m.group("head"), "head_first"))
    return names


# A French, Spanish or Portuguese name, head first, its words joined by that language's particles, then
# its acronym in brackets: "Programme d'Appui à la Résilience (PAR)", "Proyecto de Agua para Todos (PAT)".
_FOREIGN_PARTICLE = (
    r"(?:[dl]['’]|(?:de|du|des|à|au|aux|la|le|les|et|pour|en|del|el|los|las|para|y|e|da|do|dos|das|no|na)\s+)"
)
FOREIGN_HEAD_FIRST = (
    r"(?<![\w-])(?P<head>{heads})\s+"
    rf"(?P<rest>(?:{_FOREIGN_PARTICLE}*[^\W\d_a-z][^\W\d_’'-]*\s+){{{{0,9}}}}"
    # The acronym may be dotted, as typewriters wrote it ("(F.A.C.)").
    rf"{_FOREIGN_PARTICLE}*[^\W\d_a-z][^\W\d_’'-]*)\s*\((?P<acr>[A-Z]{{{{2,8}}}}|(?:[A-Z]\.){{{{2,8}}}})\)"
)


def _foreign_head_first_names(text: str, other) -> list[_Name]:
    """Names in a language that puts the head first, confirmed by the initials of their acronym in
    brackets ("Programme National de Développement Participatif (PNDP)")."""
    names = []
    for m in tables()["foreign_head_re"].finditer(text):
        words = [re.sub(r"^[dl]['’]", "", w) for w in m.group("rest").split()]
        initials = m.group("head")[0] + capital_initials(words)
        # A particle of the language inside, so "Programme Management Unit (PMU)" is no name of this kind.
        particle = re.search(rf"(?<!\S){_FOREIGN_PARTICLE}", m.group("rest"))
        acronym = m.group("acr").replace(".", "")
        capitals = [m.group("head")] + [w for w in words if w[:1].isupper()]
        if (
            (initials != acronym and not _spelled_by_openings(acronym, capitals))
            or not particle
            or any(w in BODY_WORDS for w in words)
        ):
            continue
        if other(m.start(), m.end("rest")):
            continue
        found = _Name(m.start(), m.end("rest"), text[m.start() : m.end("rest")], m.group("head"), "foreign_head_first")
        found.acronym = m.group("acr")
        names.append(found)
    return names


# The same name without an acronym: the head, then capitalised words joined by the language's own particles
# ("Fondo Colombia en Paz", "Plan Nacional de Desarrollo K'atun").
_FOREIGN_WORD = r"[^\W\d_a-z][^\W\d_’'-]*(?:['’][^\W\d_]+)?"
FOREIGN_TITLE = (
    rf"(?<![\w-])(?P<head>{{heads}})[ \t]+(?P<rest>{_FOREIGN_WORD}(?:\s{_FOREIGN_PARTICLE}*{_FOREIGN_WORD}){{{{1,6}}}})"
)
# Particles no English title has between its capitalised words.
FOREIGN_ONLY_PARTICLES = frozenset(
    {"de", "del", "du", "des", "en", "para", "pour", "y", "et", "da", "do", "dos", "das"}
)


def _foreign_title_names(text: str, other) -> list[_Name]:
    """Names head first in another language without an acronym: a particle of that language between their
    capitalised words, and a word after the head that is no English word, or a country's name."""
    names = []
    known = english_words()
    for m in tables()["foreign_title_re"].finditer(text):
        words = m.group("rest").split()
        capitals = [w for w in words if w[:1].isupper()]
        if (
            known is None
            or not FOREIGN_ONLY_PARTICLES & {w.lower() for w in words if not w[:1].isupper()}
            or not any(_is_country(w) or not known.known([w.lower()]) for w in capitals)
            or any(w in BODY_WORDS or w in MONTH_NAMES for w in words)
            or other(m.start(), m.end("rest"))
            # "Programme National de Lutte contre le Paludisme": a lower-case word of the language goes on
            or _goes_on_in_its_language(text, m.end(), known)
        ):
            continue
        names.append(_Name(m.start(), m.end(), text[m.start() : m.end()], m.group("head"), "foreign_title"))
    return names


def _goes_on_in_its_language(text: str, end: int, known) -> bool:
    """Whether a lower-case word that is no English word follows a foreign name and more words follow it
    ("... de Lutte contre le Paludisme"): the name goes on, and its end is not found here."""
    after = re.match(r"[ \t\n]+([^\W\d_A-Z]+)[ \t\n]+[^\W\d_]", text[end:])
    return after is not None and not known.known([after.group(1)])


def _spelled_by_openings(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is spelled by openings of ``words`` in order, from the first word on, other words
    skipped ("FOREC": "FOndo ... REConstrucción"), as Spanish and French acronyms take syllables."""
    if not words or not acronym.startswith(words[0][:1].upper()):
        return False

    def spell(rest: str, at: int) -> bool:
        if not rest:
            return True
        for k in range(at, len(words)):
            word = without_accents(words[k]).upper()
            for n in range(min(len(word), len(rest)), 0, -1):
                if word[:n] == rest[:n] and spell(rest[n:], k + 1):
                    return True
        return False

    first = without_accents(words[0]).upper()
    return any(first[:n] == acronym[:n] and spell(acronym[n:], 1) for n in range(min(len(first), len(acronym)), 0, -1))


def _headed_after_acronym(names: list[_Name], text: str) -> list[_Name]:
    """Each name whose acronym in brackets is followed by another head, with that head: "...
    Strategy (ACMECS) Fund" is the fund, named without the brackets."""
    heads = tables()["heads"]
    found = []
    for n in names:
        m = BRACKETED_THEN_HEAD.match(text, n.end)
        if m is None or heads.get(m.group("head")) != m.group("head") or m.group("head") == n.head:
            continue
        name = _Name(n.start, m.end(), text[n.start : m.end()], m.group("head"), "headed_after_acronym")
        name.norm = f"{n.text} {m.group('head')}"
        found.append(name)
    return found


def _titled_item(text: str, start: int, end: int, other) -> Optional[_Name]:
    """A numbered item's run-in title as a programme: every word capitalised but the small ones, three
    words or more, no gerund first, cut before a place it names ("... Centers in Central America")."""
    words = text[start:end].split()
    if _opens_with_gerund(words) or not all(w[:1].isupper() or w in HEADLINE_SMALL_WORDS for w in words):
        return None
    if any(w in BODY_WORDS for w in words):
        return None  # "1. Government of Kenya: $5 million": a body that gets the sum
    for m in re.finditer(r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*", text[start:end]):
        if not other(start + m.start(), start + m.end()):
            continue
        if m.start() == 0:
            return None  # "Georgia and Armenia: EUR 5.5 million": places, or a body's name
        place = TITLED_ITEM_PLACE.search(text, start, start + m.start())
        if place is not None:
            end = place.start()
            break
    if len(text[start:end].split()) < 3 or words[-1] in HEADLINE_SMALL_WORDS:
        return None
    return _Name(start, end, text[start:end], None, "titled_item")


# "for the Lake Kivu ecosystem monitoring project", "the Addis Ababa–Adama water supply project": a place's
# capitalised name, then lower-case words saying what the works do, then a lower-case works head; the whole
# phrase names the works (a body's or a country's own programme is left to the lower-case head rule).
PLACE_WORKS = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>(?P<place>[A-Z][\w’'.-]*(?:(?:[ \t]+|[ \t]*[–-][ \t]*)[A-Z][\w’'.-]*){0,6}"
    r"(?:[ \t]+No\.[ \t]+\d+)?)[ \t]+(?P<what>(?:[a-z][a-z-]+[ \t]+){0,3})(?:project|programme|program))(?![\w-])"
)
# An indefinite article, and at most one lower-case word, before a two-party compound ("a joint X–Y project").
INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?)[ \t]+(?:[a-z]+[ \t]+)?$")


def _place_works_names(text: str, other) -> list[_Name]:
    """Works named by their place and what they do ("the Lake Kivu ecosystem monitoring project")."""
    t = tables()
    found = []
    for m in PLACE_WORKS.finditer(text):
        place = m.group("place")
        words = [w for w in re.split(r"[ \t–-]+", place) if w]
        what = m.group("what").split()
        if (
            not (what or re.search(r"\d$", place))  # "the Ring Road No. 3 project"; "the Lobito Corridor project"
            or re.search(r"['’]s?$", place)  # "the Fund's equity programme": the owner's programme
            or any(
                w in t["heads"] or w in t["events"] or w in BODY_WORDS or w in t["stop"] or w in MONTH_NAMES
                for w in words
            )
            or all(w in country_table() or w in PARTIES or w.isupper() for w in words)
            or place in country_table()
            or any(w in STOP_WORDS or w.endswith("ed") for w in what)  # "the Commission proposes an ..."
            or other(m.start("place"), m.end("place"))
        ):
            continue
        found.append(_Name(m.start("name"), m.end("name"), m.group("name"), None, "place_works"))
        found[-1].norm = m.group("name")
    return found


# A Title Case name, then in brackets its name in the letter's other language and that name's acronym ("the Rural Jobs
# Guarantee (Jaminan Kerja Desa, JKD)"): a government's instrument, named in English with its own name and acronym.
GLOSSED_NAME = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)?[A-Z][\w’'-]*){1,6})[ \t]*"
    r"\((?P<own>[^\W\d_a-z][^\W\d_]*(?:[ \t]+[^\W\d_]+){1,6}),[ \t]*(?P<acr>[A-Z]{2,8})\)"
)


@functools.lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    """The words that close a body's name: ours and the organisations component's heads ("Directorate", "Bureau")."""
    from extractor.nlp.organisations import ORG_HEADS  # it imports this module: read once, at first use

    return frozenset(BODY_WORDS) | ORG_HEADS


def _glossed_names(text: str, other) -> list[_Name]:
    """Names in English whose brackets give their name in another language and its acronym: the acronym spells the
    bracketed words, of which one at least is no English word."""
    names = []
    known = english_words()
    t = tables()
    for m in GLOSSED_NAME.finditer(text):
        own = m.group("own").split()
        if known is None or m.group("acr") not in (capital_initials(own), "".join(w[0].upper() for w in own)):
            continue
        if not any(w[:1].isupper() and not known.known([w.lower()]) for w in own):
            continue  # "(Health and Nutrition, HN)": an English gloss, no name of another language
        opening = re.match(r"(?:(?:The|This|Our|Its)[ \t]+)+", m.group("name"))
        start = m.start("name") + (opening.end() if opening else 0)
        words = text[start : m.end("name")].split()
        if len(words) < 2 or other(start, m.end("name")):
            continue
        if words[-1] in _body_heads() or words[-1] in t["owner_units"] or words[-1] in t["place_features"]:
            continue  # "the Water Resources Directorate (...)", "the Northern Province (...)": a body or a place
        found = _Name(start, m.end("name"), text[start : m.end("name")], None, "glossed")
        found.acronym = m.group("acr")
        names.append(found)
    return names


def _pattern_names(text: str, other=None) -> list[_Name]:
    """Names found by the compound, lower-case head, "Union of", quoted and curated-list patterns."""
    t = tables()
    other = other or _not_other
    names = (
        _acronym_defined(text, other)
        + _comma_names(text, other)
        + _head_first_names(text)
        + _foreign_head_first_names(text, other)
        + _foreign_title_names(text, other)
        + _glossed_names(text, other)
    )
    for m in t["compound_re"].finditer(text):
        # Two parties, one at least a country or a union ("EU-Turkey", "UK-Rwanda", "Italy-Albania"),
        # not a prefixed word ("Post-Brexit arrangements").
        if not any(p in PARTIES or p in country_table() for p in m.group(1, 2)):
            continue
        if any(not (p in PARTIES or p in country_table() or p.isupper()) for p in m.group(1, 2)):
            continue  # "the Libya–Crete corridor": a place that is no party to an instrument
        if INDEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a joint Chilean–Peruvian project to ...": one of a kind, no named instrument
        words = m.group(0).split()
        head = words[-3] if words[-2:] == ["of", "understanding"] else words[-1]
        names.append(_Name(m.start(), m.end(), m.group(0), head.capitalize(), "compound"))
    for m in t["lower_head_re"].finditer(text):
        words = m.group(1).split()
        # "Giorgia Meloni's initiative": the owner is no name; "Accelerating Women's Empowerment" has none.
        owner = max(
            (
                x
                for x, w in enumerate(words)
                if re.search(r"['’]s?$", w) and re.sub(r"['’]s?$", "", w) not in t["people_genitives"]
            ),
            default=-1,
        )
        words = words[owner + 1 :]
        while words and (words[0] in t["stop"] or words[0] in MONTH_NAMES or words[0] in t["inner"]):
            words = words[1:]
        if _sentence_noun_of(text, m.end(1) - len(" ".join(words)), words):
            # "Subject: Progress of the DDRR programme": the subject's first word is capitalised as its opening
            words = words[3:] if words[2] == "the" else words[2:]
        if (
            m.group(0).split()[-1].rstrip("s") in GERUND_HEADS
            and not _opens_with_gerund(words)
            and not (m.group(0).split()[-1] == "project" and _titled_project(words, t))
        ):
            continue  # after its owner: "the Administration’s Investing in America agenda"
        if m.group(0).split()[-1].rstrip("s") in ACRONYM_ONLY_HEADS and not (len(words) == 1 and words[0].isupper()):
            continue  # "the Africa-Europe partnership": the parties, not its name
        if m.group(0).endswith("s") and "and" in words:
            continue  # "Census and Federal programs": kinds of programme listed, no one name
        account = m.group(0).split()[-1].rstrip("s") == BUDGET_ACCOUNT
        if account and re.match(r"\s+for\b", text[m.end() :]):
            continue  # "the Education Challenge accounts for half of it": the verb, no budget's account
        while account and words and (re.fullmatch(YEAR, words[0]) or FISCAL_YEAR_WORD.fullmatch(words[0])):
            words = words[1:]  # "the FY2031 Refugee Assistance account": the year's appropriation, not its name
        name = " ".join(words)
        start = m.end(1) - len(name)
        capitalised = [w for w in words if w[:1].isupper()]
        # Two capitalised words at least, and not a body's name ("Member States programmes", "the
        # World Bank programme"), a place's ("the South Sudan programme"), a person's title, or a
        # name that is already one ("the Pact on Migration and Asylum instrument").
        if (
            (len(capitalised) < 2 and not _one_word_name(text, start, words, m, t))
            or words[-1] in ("States", "State", "Nations")
            or any(w in t["heads"] for w in words)
            or any(w in BODY_WORDS or w in t["events"] for w in words)
            or any(p in t["titles"] for w in words for p in re.split(r"[-–]", w))
            or text[start : m.end(1)] != name
            or name in t["extras"]
        ):
            continue
        if (
            name in country_table()
            or all(w in country_table() or w in PARTIES for w in capitalised)
            or other(m.end(1) - len(words[-1]), m.end(1))
            and (
                len(words) == 1  # "the IDA program": a body's
                or words[-2] not in t["inner"]
                and words[-2] != "in"
                and not _named_for_country(words, start, m.end(1) - len(words[-1]), other)
            )
        ):
            continue  # "the Niger Delta programme", "the EU Georgia programme"; not "... to Kosovo"
        found = _Name(start, m.end(), text[start : m.end()], None, "lower_head")
        # The lower-case word says what the name names; the capitals are the name ("the Returning
        # to New Opportunities programme" is the programme "Returning to New Opportunities").
        found.norm = f"{name} {BUDGET_ACCOUNT}" if account else name  # an account is named with its word
        if m.group(2):
            # "Security Action for Europe (SAFE) instrument": the acronym stands for the name.
            found.acronym = m.group(2).strip(" ()")
        names.append(found)
    names += _place_works_names(text, other)
    for m in t["known_as_re"].finditer(text):
        words = m.group(1).split()
        words = words[: next((x for x, w in enumerate(words) if w in MONTH_NAMES), len(words))]
        while words and (words[-1] in t["inner"] or words[-1] in t["stop"]):
            words.pop()
        name = " ".join(words)
        if (
            sum(w[:1].isupper() for w in words) >= 2
            and text[m.start(1) : m.start(1) + len(name)] == name
            and name not in country_table()
            and not other(m.start(1), m.start(1) + len(name))
        ):
            names.append(_Name(m.start(1), m.start(1) + len(name), name, None, "known_as"))
    cued = [(m, False) for m in t["cue_re"].finditer(text)] + [(m, True) for m in t["post_cue_re"].finditer(text)]
    for m, post in cued:
        launched = post or m.group(0).startswith(("launch", "creation", "establishment"))
        words = m.group(1).split()
        if post:
            # "Since Digital Invest was launched": the sentence's opening words are not the name's.
            lead = next((x for x, w in enumerate(words) if w not in t["stop"] and w not in t["inner"]), len(words))
            if lead:
                m = _Shifted(m, len(" ".join(words[:lead])) + 1)
                words = words[lead:]
        words = words[: next((x for x, w in enumerate(words) if w in MONTH_NAMES or w in t["stop"]), len(words))]
        while words and words[-1] in t["inner"]:
            words.pop()
        name = " ".join(words)
        end = m.start(1) + len(name)
        # Only a name of its own: not one headed or curated already, a body's, a place's or an event's.
        parts = [p for w in words for p in re.split(r"[-–]", w)]
        if (
            sum(w[:1].isupper() for w in words) >= 2
            and text[m.start(1) : end] == name
            and not any(
                w in t["heads"]
                or w in t["events"]
                or w in BODY_WORDS
                or w in t["titles"]
                # A trailing word goes with a head found already ("Talent Partnership Platform"),
                # but ends a launched name of its own ("the launch of the Clean Tech Energy Network").
                or (w in t["trailing"] and not (launched and w == words[-1]))
                or w in ("States", "Nations")
                for w in parts
            )
            and not re.search(r"['’]s?$", words[-1] if words else "")
            and not re.fullmatch(
                r"[A-Z]\.?", words[-1] if words else ""
            )  # "under the Augustus F. Hawkins ...": an initial
            and not t["extra_re"].search(name)
            and name not in country_table()
            # After a launch a place may open the name ("the launch of Central America Forward"),
            # not end it; "under the Horn of Africa Sea Lanes" may be a place's.
            and not other(end - len(words[-1]) if words and launched else m.start(1), end)
            and not re.match(r"[ \t]*[A-Z0-9]", text[end:])
        ):
            names.append(_Name(m.start(1), end, name, None, "cue"))
    for m in t["operation_re"].finditer(text):
        words = m.group(2).split()
        # "Operation Sovereign Borders began": the name ends before a head, an event, a stop word.
        while words and (
            words[-1] in t["stop"] or words[-1] in t["heads"] or words[-1] in t["events"] or words[-1] in MONTH_NAMES
        ):
            words.pop()
        if not words or words[0] in GENERIC_OPERATION_WORDS or other(m.start(2), m.start(2) + len(words[0])):
            continue
        end = m.start(2) + len(" ".join(words))
        if text[m.start(2) : end] == " ".join(words):
            names.append(_Name(m.start(), end, text[m.start() : end], "Operation", "operation"))
    for m in t["resolution_re"].finditer(text):
        names.append(_Name(m.start(), m.end(), m.group(0), "Resolution", "resolution"))
    for m in NUMBERED_ROUND.finditer(text):
        # "the ADF-17 replenishment", "a 287(g) program", "the CHNV parole processes".
        if m.group("acr") in PARTIES | t["topic_acronyms"] or other(m.start(), m.start() + len(m.group("acr") or "")):
            continue
        names.append(_Name(m.start(), m.end(), m.group(0), None, "numbered_round"))
    for m in CODED_PLAN.finditer(text):
        names.append(_Name(m.start(), m.end(), m.group(0), m.group("head"), "coded_plan"))
    for m in CODED_ITEM.finditer(text):
        name = _Name(m.start("title"), m.end("title"), m.group("title"), None, "coded_item")
        name.acronym = m.group("code")  # "FP231" later in the text is the same project
        names.append(name)
    for m in TITLED_ITEM.finditer(text):
        name = _titled_item(text, m.start("title"), m.end("title"), other)
        if name is not None:
            names.append(name)
    for m in ROUND_IN_BRACKETS.finditer(text):
        name = _Name(m.start("round"), m.end("round"), m.group("round"), None, "round_in_brackets")
        name.acronym = m.group("round")  # its later mentions ("pledged ... to GCF-2") are the round
        names.append(name)
    for m in LISTED_ACRONYM_PROCESS.finditer(text):
        initials = capital_initials(re.findall(r"[A-Z][\w’'-]*", text[m.start() : m.start("acr") - 1]))
        if initials.endswith(m.group("acr")):  # the listed names spell the acronym
            start = m.start() + _offset_of_word(text[m.start() : m.start("acr")], len(initials) - len(m.group("acr")))
            names.append(_Name(start, m.end(), text[start : m.end()], None, "listed_acronym"))
    for m in t["titled_head_first_re"].finditer(text):
        name = re.sub(r"(?:[ \t]+(?:and|for|of|the))+$", "", m.group(0))
        if len(name.split()) > 2 and not _capitals_heading(name.split()[-1]):
            names.append(_Name(m.start(), m.start() + len(name), name, None, "titled_head_first"))
    for m in CALL_TO_ACTION.finditer(text):
        words = m.group(0).split()
        # "the Call to Action on May 27": a date, not what the call is for.
        month = next((k for k, w in enumerate(words) if k > 3 and w in MONTH_NAMES), len(words))
        if month > 4:
            name = " ".join(words[:month])
            names.append(_Name(m.start(), m.start() + len(name), name, None, "call_to_action"))
    for m in t["union_re"].finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1] not in t["stop"]:
            continue  # "European Union of ..." / "African Union" are organisations
        if m.group(0).split()[-1] in t["union_members"]:
            continue  # "the Union of Estonian Cities": an association of its members, a body
        if _country_opening(m.group(0)[len("Union of ") :]) or _is_country(m.group(0)):
            # "the Union of Burma" (Myanmar's old name), "the Union of South Africa": a state's name; so is a
            # state's formal name whole ("the Union of Soviet Socialist Republics")
            continue
        names.append(_Name(m.start(), m.end(), m.group(0), "Union", "union_of"))
    for m in t["quoted_re"].finditer(text):
        words = m.group(1).split()
        if not QUOTED_WORDS[0] <= len(words) <= QUOTED_WORDS[1]:
            continue
        if NICKNAME_CUE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "son of “El Chapo”": a person's nickname
        if (
            DEFINED_TERM_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and text.startswith(")", m.end())
            and not any(w in t["heads"] for w in words)
        ):
            continue  # 'after 15 March 2031 (the "Final Drawing Date")': a term the letter defines, no instrument
        if t["quoted_body_re"].search(text, max(0, m.start() - 120), m.start()):
            continue  # 'the company "Al-Amal for General Trading"', '(JRTN, "Army of ...")': a body's name
        if (
            QUOTED_MOTTO_LINE.match(text, m.end(1))
            and not text[text.rfind("\n", 0, m.start()) + 1 : m.start() - 1].strip()
        ):
            continue  # a quoted line of its own, perhaps with its translation in brackets, over the signature: a motto
        # Its acronym in brackets may stand between the quotes and the head ('the "X for Y" (XY) programme').
        after = re.match(
            r"[’'”\"]\s+(?:\([A-Z][\w-]*(?:\s[A-Z][\w-]*)?\)\s+)?([a-z][\w-]*)((?:\s+[a-z][\w-]*){0,2})",
            text[m.end(1) :],
        )
        headed = False
        if after and after.group(1) not in QUOTED_GO_ON:
            nouns = (after.group(1) + after.group(2)).split()
            if not any(w in LOWER_HEADS or w.capitalize() in t["heads"] for w in nouns):
                continue  # "“Climate Smart” agriculture": a modifier; "“Blue Dot” certification framework" names one
            headed = True
        # A head right after the quotes makes a title in sentence case or in another language a name
        # too ("the “Agua para Todos” programme", "the 'Safe schools for girls' initiative").
        if headed or all(w[:1].isupper() or w in t["inner"] or len(w) <= 3 for w in words):
            names.append(_Name(m.start(1), m.end(1), m.group(1), None, "quoted"))
    for m in ISSUER_ACT.finditer(text):
        head = m.group().split()[0]
        name = _Name(m.start(), m.end(), m.group(), head, "issuer_act")
        name.norm = re.sub(r"\s+", " ", m.group())
        names.append(name)
    for m in QUOTED_AFTER_HEAD.finditer(text):
        if QUOTED_AFTER_HEAD_WORDS[0] <= len(m.group("title").split()) <= QUOTED_AFTER_HEAD_WORDS[1]:
            name = _Name(m.start("title"), m.end("title"), m.group("title"), None, "quoted_after_head")
            if m.group("head")[0].isupper():
                # A capitalised head is part of the name, with the capitalised words before it ("Sectoral
                # Programme "Rural Roads"", "the Law «On ...»"), unless a code labels the title ("Project
                # ABC/01/002 "...""); either way the name spans the head, which is no name of its own.
                name.start = m.start()
                reach = max(0, m.start() - QUOTED_HEAD_REACH)
                run = CAPITALISED_RUN_BEFORE.search(text[reach : m.start()])
                opening = (
                    next((w for w in re.finditer(r"\S+", run.group()) if w.group() not in t["stop"]), None)
                    if run
                    else None
                )
                if opening is not None:
                    name.start = reach + run.start() + opening.start()
                name.text = text[name.start : m.end()]
                if m.group("code") is None:
                    name.norm = re.sub(r"\s+", " ", name.text)
            name.norm = name.norm or re.sub(r"\s+", " ", m.group("title"))
            names.append(name)
    for m in itertools.chain(NAMED_AFTER_HEAD.finditer(text), NAMED_IN_CAPITALS_AFTER_HEAD.finditer(text)):
        words = m.group(1).split()
        if (
            m.group(1) in country_table()
            or any(
                w in PARTIES
                or w in MONTH_NAMES
                or w in t["stop"]
                or w in t["heads"]
                or w in BODY_WORDS
                or w in t["titles"]
                for w in words
            )
            or (other is not None and other(m.start(1), m.end(1)))
        ):
            continue  # "the programme Niger runs", "the programme Director": no instrument's name
        names.append(_Name(m.start(1), m.end(1), m.group(1), None, "named_after_head"))
    for m in NAMED_AFTER_PLURAL_HEAD.finditer(text):
        for item in OWN_NAME.finditer(text, m.start("names"), m.end("names")):
            words = item.group().split()
            if item.group() in country_table() or any(
                w in PARTIES or w in MONTH_NAMES or w in t["heads"] or w in BODY_WORDS or w in t["titles"]
                for w in words
            ):
                break  # "the programmes Niger and Chad run": places or bodies, no instruments' names
            if item.group().isupper():
                continue  # "the initiatives PGII, Prosper Africa ...": an acronym is its defined name's
            if other is None or not other(item.start(), item.end()):
                names.append(_Name(item.start(), item.end(), item.group(), None, "named_after_plural_head"))
    for m in NAMED_IN_APPOSITION.finditer(text):
        words = m.group(1).split()
        if (
            len(words) < 2
            or m.group(1) in country_table()
            or any(w in PARTIES or w in MONTH_NAMES or w in BODY_WORDS or w in t["titles"] for w in words)
            or other(m.end(1) - len(words[-1]), m.end(1))
        ):
            continue  # "the plan, European Commission.": a body's or a place's name, no instrument's
        names.append(_Name(m.start(1), m.end(1), m.group(1), None, "apposition"))
    extras = list(t["extra_re"].finditer(text))
    # "the Maritime Directorate (Direção Técnica Marítima, DTM)": the letter's own acronym of another name, wherever used.
    redefined = {
        m.group(0) for m in extras if _defined_for_another(text, m.start(), m.group(0), t["extras"][m.group(0)])
    }
    for m in extras:
        if m.group(0) in redefined:
            continue
        name = _Name(m.start(), m.end(), m.group(0), None, "extra")
        name.norm = t["extras"][m.group(0)]
        names.append(name)
    return names


def _defined_for_another(text: str, at: int, acronym: str, norm: str) -> bool:
    """Whether an acronym in brackets spells the words right before it there, none of them the instrument's."""
    if not acronym.isupper():
        return False
    before = BRACKETED_DEFINITION.search(text, max(0, at - MAX_DEFINITION_CHARS), at)
    if before is None:
        return False
    words = re.findall(r"[^\W\d_]+", before.group("words"))[-len(acronym) :]
    own = {w.lower() for w in re.findall(r"[^\W\d_]+", norm)}
    return capital_initials(words) == acronym and not own & {w.lower() for w in words}


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> tuple[str, ...]:
    """Compare two forms of a name: lower case, singular, EU = European, no little words."""
    words = []
    name = re.sub(r"\bU\.S\.(?=\s|$)|\bUS\b|\bU\.S\.A\.", "United States", name)
    name = re.sub(r"\bEuropean Union\b", "EU", name)  # "European Union Trust Fund" = "EU Trust Fund"
    name = NUMBER_LABELLED.sub("", name)  # "Amendment 2" = "Amendment No. 2"
    for word in re.findall(r"[\w]+", name.lower()):
        if word in ("the", "of", "on", "for", "a", "an"):
            continue
        word = EQUIVALENT_WORDS.get(word, word)
        words.append(word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word)
    return tuple(words)


# Two or more partners in capitals joined by dashes or slashes that open a name ("ILO-FAO Joint Programme ...").
PARTNERS_OPENING = re.compile(r"[A-Z]{2,}(?:[-–/][A-Z]{2,})+\s+")


def _after_parties(name: str) -> tuple[str, ...]:
    """The key of a name after the partners' acronyms it opens with ("ILO-FAO Joint Programme on ..." -> "Joint
    Programme on ..."): the short form a letter goes on with leaves them out; () when it opens with none."""
    opening = PARTNERS_OPENING.match(name)
    return _key(name[opening.end() :]) if opening else ()


def _part_of(longer: str, shorter: str) -> bool:
    """Whether ``longer`` names a part of ``shorter`` ("Thematic Facility of the Asylum, Migration
    and Integration Fund" is a part of the Fund, not the Fund)."""
    return bool(re.search(r"\bof\s+(?:the\s+)?" + re.escape(shorter) + r"$", longer, re.IGNORECASE))


def _about_instrument(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is an instrument about the instrument ``shorter`` ("Political Declaration
    on the Just Energy Transition Partnership" is not the Partnership; the "Charter establishing the Andes
    Water Fund" is not the Fund)."""
    if shorter.split()[-1] not in tables()["heads"]:
        return False
    return bool(re.search(r"\b(?:on|for|to|under|establishing)\s+(?:the\s+)?" + re.escape(shorter) + r"$", longer))


def _plural_head(n: _Name) -> bool:
    """Whether a headed name ends in its head's plural ("Team Europe Initiatives")."""
    if n.head is None or n.rule != "headed":
        return False
    last = n.text.split()[-1] if n.text.split() else ""
    return last != n.head and tables()["heads"].get(last) == n.head


def _initials(name: str) -> str:
    """The capitals that open a name's words (``NAME_WORD``)."""
    return capital_initials(NAME_WORD.findall(name))


# An ordinal that opens a name ("Sixteenth General Replenishment", "21st Session"): the name is one round of a series.
ORDINAL_OPENING = re.compile(rf"{ORDINAL}\s")


def _acronym_target(n: _Name, acronym: str, text: str) -> Optional[_Name]:
    """The name an acronym after ``n`` stands for: ``n``, or the name after its "of (the)" when
    only that one's initials spell it ("Thematic Facility of the Asylum, Migration and
    Integration Fund (AMIF)" -> "Asylum, Migration and Integration Fund")."""
    letters = acronym.upper().replace("-", "")
    if _initials(n.text).upper() == letters or n.norm is not None:
        return n
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", n.text):
        inner = n.text[m.end() :]
        if _initials(inner).upper() == letters and " " in inner:
            return _Name(n.start + m.end(), n.end, inner, n.head, "acronym_inner")
    for m in re.finditer(r"\s+(?:for|on|to|through|with|in)\s+(?:the\s+)?", n.text, re.IGNORECASE):
        inner = n.text[m.end() :]
        if re.sub(r"S$", "", _initials(inner).upper()) == re.sub(r"(?<=[A-Z])S$", "", acronym.upper()) and " " in inner:
            if _initials(inner).upper() == letters and inner.split()[-1] in tables()["heads"]:
                # "Political Declaration on the Just Energy Transition Partnership (JETP)": the tail is
                # an instrument of its own, and the acronym is its short name.
                return _Name(n.start + m.end(), n.end, inner, n.head, "acronym_inner")
            # "... Opportunity Through Hispanic-Serving Institutions (HSIs)": the acronym is the
            # tail's (a kind of institution), not a short name of the instrument.
            return None
    return n


def _heads_another(longer: str, shorter: str) -> bool:
    """Whether a head word comes right after ``shorter`` in ``longer``: an instrument of that one, not its fuller name."""
    rest = longer[len(shorter) :].split() if longer.startswith(shorter) else []
    # "International Visitor Leadership Program Project on ...": the programme's project is another instrument;
    # "Team Europe" without a head of its own is short for the "Team Europe Initiative on ...".
    heads = tables()["heads"]
    return bool(rest) and rest[0] in heads and shorter.split()[-1] in heads


def _acronym_forms(name: str) -> list[str]:
    """A name with an acronym in brackets inside it, said with the acronym for the words before it that it spells:
    "Enhanced Small Island Debt (SID) Initiative" -> "Enhanced SID Initiative"."""
    forms = []
    for m in INNER_ACRONYM.finditer(name):
        words = NAME_WORD.findall(name[: m.start()])
        for width in range(len(m.group("acr")) + 2, 0, -1):  # "for", "and" spelled by no letter
            if width <= len(words) and _initials(" ".join(words[-width:])) == m.group("acr").rstrip("s"):
                before = " ".join(words[:-width])
                forms.append(re.sub(r"\s+", " ", f"{before} {m.group('acr')}{name[m.end() :]}").strip())
                break
    return forms


def _another_countrys(longer: str, shorter: str) -> bool:
    """Whether ``longer`` opens with another country than the one ``shorter`` opens with ("South Ruritania Relief
    Fund" is not the "Ruritania Relief Fund"), told apart by their codes ("Republic of Korea" is "Korea")."""
    own, theirs = _country_opening(shorter), _country_opening(longer)
    return own is not None and theirs is not None and country_table()[own][0] != country_table()[theirs][0]


def _resolve_norms(names: list[_Name], text: str) -> list[_Name]:
    """Give each name the fullest form the letter uses for the same instrument."""
    full = [n for n in names if not n.backref]
    for n in full:
        if n.norm is None:
            n.norm = re.sub(r"\s+", " ", n.text)
    # Forms with the same words (in any order) are one instrument: keep the longest form.
    by_set: dict[frozenset, str] = {}
    for n in full:
        key = frozenset(_key(n.norm))
        if key not in by_set or len(n.norm) > len(by_set[key]):
            by_set[key] = n.norm
    for n in full:
        n.norm = by_set[frozenset(_key(n.norm))]
    # "the Enhanced SID Initiative" after "the Enhanced Small Island Debt (SID) Initiative": the
    # acronym a name defines inside its brackets, put for the words it spells, is a short form of that name.
    by_acronym = {}
    for n in full:
        for short in _acronym_forms(n.text):
            by_acronym.setdefault(short.lower(), n.norm)
    for n in full:
        n.norm = by_acronym.get(re.sub(r"\s+", " ", n.text).lower(), n.norm)
    # "the Compact with the Government of Malawi" after "the Malawi Compact": a head and its partner
    # after "with" name the instrument the partner's name before the head names.
    short_forms = {n.norm for n in full}
    for n in full:
        partner = HEAD_WITH_PARTNER.fullmatch(n.norm)
        if partner and f"{partner.group('party')} {partner.group('head')}" in short_forms:
            n.norm = f"{partner.group('party')} {partner.group('head')}"
    # "the Compensation Programme" after "the Programme of Compensation for ...": the head and its subject
    # turned round, as a short form puts the subject first.
    for n in full:
        words = n.norm.split()
        if len(words) == 2 and n.head and words[1] == n.head:
            fuller = [m.norm for m in full if m.norm.startswith(f"{n.head} of {words[0]} ")]
            if fuller:
                n.norm = max(fuller, key=len)
    # A shorter form that a fuller name extends takes the fuller name (the nearest one): at its
    # end ("Memorandum of Understanding" -> "... with Tunisia") or, from two words, at its start
    # ("Resolution 2231" -> "United Nations Security Council Resolution 2231").
    for n in full:
        key = _key(n.norm)
        if _plural_head(n) and not n.backref and len(key) >= 2:
            continue  # "Team Europe Initiatives" names the kind, not "the Team Europe Initiative on Water"
        partner = SHORT_FORM_PARTNER.match(text, n.end)
        partner = partner and _country_opening(partner.group("party"))
        longer = [
            m
            for m in full
            if len(_key(m.norm)) > len(key)
            and (
                (
                    key
                    in (
                        _key(m.norm)[: len(key)],
                        _undated(_key(m.norm))[: len(key)],
                        _after_parties(m.norm)[: len(key)],
                    )
                    and not _heads_another(m.norm, n.norm)
                )
                or (
                    len(key) >= 2
                    and _key(m.norm)[-len(key) :] == key
                    and not _part_of(m.norm, n.norm)
                    and not _about_instrument(m.norm, n.norm)
                    and not _another_countrys(m.norm, n.norm)
                )
            )
            # "the Memorandum of Understanding signed with Tunisia" is not "... with Libya" named later.
            and not (partner and partner not in m.norm)
            # The curated list names each of its instruments in full: "Medicare" is not "Medicare Part D".
            and not (n.rule == "extra" and m.rule == "extra")
            # "Human Development Initiative - Extension": a phase after a dash is an instrument of its own.
            and not re.match(rf"{re.escape(n.norm)}\s+[-–]\s", m.norm)
        ]
        if longer:
            n.norm = min(longer, key=lambda m: abs(m.start - n.start)).norm
    # "the Root Causes Strategy" after "the U.S. Strategy for Addressing the Root Causes of Migration
    # in Central America": two or more words before a head, found in the tail of a name with that
    # head, are a short form of it.
    for n in full:
        words = n.norm.split()
        if n.rule != "headed" or len(words) < 3 or words[-1] != n.head or not all(w[:1].isupper() for w in words):
            continue
        modifiers = r"\s+".join(re.escape(w) for w in words[:-1])
        fuller = [
            m
            for m in full
            if m.head == n.head
            and m is not n
            and re.search(rf"\b{re.escape(n.head)}\s+(?:for|on|of|to)\s.*(?<![\w-]){modifiers}(?![\w-])", m.norm)
        ]
        if len({m.norm for m in fuller}) == 1:
            n.norm = fuller[0].norm
    # "The Regional Plan" after "the Sudan Regional Refugee Response Plan": a definite short form whose
    # words all stand, in order, in one earlier name with its head, after the country that name opens
    # with, is that name ("the Coastal Resilience Facility" is not the "Coastal Climate Resilience Facility").
    for n in full:
        words = n.norm.split()
        if (
            n.rule != "headed"
            or len(words) < 2
            or words[-1] != n.head
            or not all(w[:1].isupper() for w in words)
            or not DEFINITE_BEFORE.search(text, 0, n.start)
        ):
            continue
        fuller = {
            m.norm
            for m in full
            if m.head == n.head
            and m.end <= n.start
            and _subsequence(words, m.norm.split())
            and words[0] in m.norm.split()[1:]
            and _is_country(" ".join(m.norm.split()[: m.norm.split()[1:].index(words[0]) + 1]))
        }
        if len(fuller) == 1:
            n.norm = fuller.pop()
    # "the Asylum and Migration Management Regulation, Regulation (EU) 2024/1351,": the number
    # in apposition names the same act.
    for previous, n in zip(full, full[1:]):
        if n.rule == "quoted" and re.fullmatch(r"\s*\(\s*[‘'“\"]?", text[previous.end : n.start]):
            n.norm = previous.norm  # 'the Africa Plan 2025-2028 ("Plan África")': its other name
        if (
            n.head == previous.head
            and re.fullmatch(r",\s*", text[previous.end : n.start])
            and re.search(r"\d", n.text)
            and not re.search(r"\d", previous.text)
        ):
            n.norm = previous.norm
        # "the Union Resettlement Framework, established by Regulation (EU) 2024/1350" and
        # "Regulation (EU) 2024/1350 establishing the Union Resettlement Framework": the numbered
        # act that sets an instrument up is that instrument.
        between = text[previous.end : n.start]
        if (
            n.head in LEGAL_HEADS
            and re.search(r"\d", n.text)
            and not re.search(r"\d", previous.text)
            and ESTABLISHED_BY.fullmatch(between)
        ):
            n.norm = previous.norm
        elif (
            (previous.head not in LEGAL_HEADS or re.search(r"\d", previous.text))
            and previous.head not in tables()["own_acts"]
            and not re.search(r"\d", n.text)
            and ESTABLISHING.fullmatch(between)
        ):
            # "a Joint Declaration establishing a Skills Partnership": one instrument.
            previous.norm = n.norm
    # Back-references take the nearest earlier name with that head, else the nearest later one.
    kept = list(full)
    for n in (n for n in names if n.backref):
        partner = SHORT_FORM_PARTNER.match(text, n.end)
        partner = partner and _country_opening(partner.group("party"))
        # "the Agreement signed with Albania" refers to no agreement with another partner.
        same = [m for m in full if m.head == n.head and not (partner and partner not in m.norm)]
        earlier = [m for m in same if m.start < n.start]
        target = (
            max(earlier, key=lambda m: m.start) if earlier else (min(same, key=lambda m: m.start) if same else None)
        )
        if target is not None:
            n.norm = target.norm
            kept.append(n)
    return kept


def _lowercase_restatements(text: str, names: list[_Name], min_words: int) -> list[_Name]:
    """Lower-case repetitions of a found name's core ("strategic and comprehensive partnerships")."""
    found = []
    seen = set()
    for n in names:
        core = n.text
        tail = re.search(r"\s+(?:with|on|for|of|against|between|under)\s+", core)
        if tail:
            core = core[: tail.start()]
        words = core.split()
        if len(words) < min_words or core.lower() in seen:
            continue
        seen.add(core.lower())
        if words[0].lower() not in text:
            continue  # its first word is nowhere in lower case: no pattern compiled
        pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w.lower()) for w in words) + r"s?(?![\w-])"
        for m in re.finditer(pattern, text):
            found.append(_Name(m.start(), m.end(), m.group(0), n.head, "lowercase"))
            found[-1].norm = n.norm
    return found


# "Proclamation 7757, Proclamation 9398, and Proclamation 9699": numbered acts listed, one each.
NUMBERED_ITEM = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* \d[\d/-]*")
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _split_numbered_lists(names: list[_Name]) -> list[_Name]:
    """Each numbered act of a listed name as its own name."""
    out = []
    for n in names:
        items = LIST_SEPARATOR.split(n.text)
        if len(items) < 2 or not all(NUMBERED_ITEM.fullmatch(item) for item in items):
            out.append(n)
            continue
        at = 0
        for item in items:
            at = n.text.index(item, at)
            out.append(_Name(n.start + at, n.start + at + len(item), item, n.head, n.rule))
            at += len(item)
    return out


def _offset_of_word(text: str, n: int) -> int:
    """The offset of the n-th capitalised word of ``text`` (0 for the first)."""
    return [m.start() for m in re.finditer(r"[A-Z][\w’'-]*", text)][n]


DASH_JOIN = re.compile(r"[ \t]+[-–][ \t]+")
DASHED_PART = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}")
DASHED_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z0-9]*[A-Z])-([A-Z][^()\n]{1,40})\)")


def _dashed_pairs(names: list[_Name], text: str) -> list[_Name]:
    """Join two names set apart by a dash when the acronym after them spells both ("Kenya Cereal
    Enhancement Programme - Climate Resilient Agricultural Livelihoods Window (KCEP-CRAL)")."""
    acronym_re = tables()["acronym_re"]
    by_start = {n.start: n for n in names if not n.backref}
    joined: list[_Name] = []
    for first in sorted(by_start.values(), key=lambda n: n.start):
        dash = DASH_JOIN.match(text, first.end)
        second = by_start.get(dash.end()) if dash else None
        if dash and second is None:
            # "... Cooperation Instrument – Global Europe (NDICI-Global Europe)": the acronym spells the
            # words after the dash, so they are the name's
            part = DASHED_PART.match(text, dash.end())
            m = DASHED_ACRONYM.match(text, part.end()) if part else None
            if m and m.group(2) == part.group(0):
                joined.append(_Name(first.start, part.end(), text[first.start : part.end()], first.head, "dashed_pair"))
            continue
        if second is None:
            continue
        m = acronym_re.match(text, second.end)
        initials = _initials(text[first.start : second.end]).upper()
        # The acronym may leave out the last head ("... Livelihoods Window (KCEP-CRAL)").
        if m and "-" in m.group(1) and m.group(1).replace("-", "") in (initials, initials[:-1]):
            joined.append(_Name(first.start, second.end, text[first.start : second.end], second.head, "dashed_pair"))
    return names + joined


TRANSFER_TITLE = re.compile(r"(?P<head>[A-Z][a-z]+)[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?(?P<country>[A-Z][\w’' -]+)")
BILL_AFTER = re.compile(r"[ \t]+appropriations[ \t]+(?:bill|act|measure)s?\b")
BARE_YEAR = re.compile(rf"{YEAR}[ \t]+")
LIST_TAIL_BEFORE = re.compile(r",[ \t]+and[ \t]+$")
LINE_CUT_BEFORE = re.compile(r"[A-Z][\w’'-]*[ \t]*\n\s*$")
SERIES_TAIL = re.compile(rf"{SERIES_OF_YEAR}$")


# A treaty's formal title: its kind, its two governments, and what it concerns in capitals, closed by a bracket, a
# comma, a stop or "signed" ("the Agreement between the Government of X and the Government of Y concerning the
# Status of Visiting Forces of Each State in the Territory of the Other State (SOVFA), signed ...").
_TITLE_WORD = r"[A-Z][\w’'-]*"
TREATY_TITLE = re.compile(
    r"(?<![\w-])(?:Agreement|Convention|Treaty|Protocol|Arrangement|Memorandum[ \t]+of[ \t]+Understanding)"
    r"[ \t]+between[ \t]+the[ \t]+Government[ \t]+of[ \t]+[^,;.()\n]{2,80}?[ \t]+and[ \t]+the[ \t]+Government[ \t]+of"
    r"[ \t]+[^,;.()\n]{2,80}?[ \t]+(?:concerning|on|relating[ \t]+to|regarding|for|in[ \t]+respect[ \t]+of)[ \t]+"
    rf"(?:the[ \t]+)?{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_WORD}|of|the|in|and|for|to|on|from))*?(?=[ \t]*[(,.;]|[ \t]+signed\b)"
)


# A legal act named by its date and its subject ("the Decree of 9 October 2018 concerning Forest Roads", "the Act
# of June 3, 2021 on Support for Coastal Towns"): the date stands for the number such a head needs.
_DATED_TITLE_LINK = r"(?:of|on|and|for|the|to|in|" + "|".join(sorted(LONG_TITLE_PREPOSITIONS)) + ")"
DATED_ACT = re.compile(
    rf"(?<![\w-])(?P<head>[A-Z][a-z]+)[ \t]+of[ \t]+(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}},?)[ \t]+{YEAR}"
    rf"[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:{_DATED_TITLE_LINK}[ \t]+)*[A-Z][\w’'-]*)*"
)


def _dated_acts(text: str) -> list[_Name]:
    """Legal acts named by their date and subject (``DATED_ACT``) whose head needs a number, or an Act's."""
    heads = tables()["needs_number"] | {"Act"}
    return [
        _Name(m.start(), m.end(), m.group(0), m.group("head"), "dated_act")
        for m in DATED_ACT.finditer(text)
        if m.group("head") in heads
    ]


# A campaign named by what it does and what for, defined by its initials ("Fishing for Food and Exports (FFE)"):
# a gerund, "for", capitalised words joined by "and", then its acronym in brackets.
GERUND_FOR_TITLE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+ing[ \t]+for[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3})"
    r"[ \t]*\((?P<acronym>[A-Z]{2,6})\)"
)


def _gerund_for_titles(text: str, other) -> list[_Name]:
    """Campaigns named "<Gerund> for <aim>" and defined by their own initials (``GERUND_FOR_TITLE``): a programme
    with no head word, which its acronym spelling every capitalised word tells from a phrase."""
    names = []
    for m in GERUND_FOR_TITLE.finditer(text):
        if _initials(m.group("name")) == m.group("acronym") and not other(m.start("name"), m.end("name")):
            names.append(_Name(m.start("name"), m.end("name"), m.group("name"), None, "gerund_title"))
    return names


# "the Treaty establishing the ... Facility": a founding instrument's formal title, its verb in lower case.
FOUNDING_TITLE_BEFORE = re.compile(r"(?<![\w-])(?P<head>[A-Z][a-z]+)[ \t]+establishing[ \t]+(?:the|a|an)[ \t]+\Z")


def _founding_titles(names: list[_Name], text: str) -> list[_Name]:
    """Founding instruments by their formal title before a name they set up ("the Charter establishing the Andes Water
    Fund"): the treaty is an instrument of its own, the name inside it the one it founds."""
    founding_heads = tables()["founding_heads"]
    found = []
    for n in names:
        m = FOUNDING_TITLE_BEFORE.search(text, max(0, n.start - 40), n.start)
        if m is None or n.backref or n.head is None or m.group("head") not in founding_heads:
            continue
        found.append(_Name(m.start(), n.end, text[m.start() : n.end], m.group("head"), "founding_title"))
    return found


def _treaty_titles(text: str) -> list[_Name]:
    """Treaties named by their formal title between two governments (``TREATY_TITLE``)."""
    names = []
    for m in TREATY_TITLE.finditer(text):
        head = m.group(0).split()[0]
        names.append(_Name(m.start(), m.end(), m.group(0), head, "treaty_title"))
    return names


# A phase after a dash that the bracketed acronym counts in ("Human Development Initiative - Extension (HDI-E)").
DASHED_PHASE = re.compile(
    r"[ \t]+[-–][ \t]+(?P<phase>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]*\((?P<acronym>[A-Z][A-Z-]+)\))"
)


def _with_dashed_phase(n: _Name, text: str) -> None:
    """Extend a name over the phase after its dash when the acronym that follows spells both ("... Initiative -
    Extension (HDI-E)": the extension is its own instrument, named in full)."""
    m = DASHED_PHASE.match(text, n.end)
    if m is None or n.backref or n.head is None:
        return
    if _initials(f"{n.text} {m.group('phase')}") == m.group("acronym").replace("-", ""):
        n.end = m.end()
        n.text = text[n.start : n.end]
        n.norm = None


# A numbered phase or stage after a comma ("Coastal Roads Project, Stage II"): the works' part the letter means, named
# with its instrument as the instrument's own name.
COMMA_PHASE = re.compile(
    r",[ \t]*(?:\n[ \t]*)?(?:Phase|Stage)[ \t]*(?:\n[ \t]*)?(?:[IVX]{1,4}|\d{1,2}|One|Two|Three|Four|Five|Six)(?![\w-])"
)


def _with_comma_phase(n: _Name, text: str) -> None:
    """Extend a headed name over the numbered phase after its comma ("... Harbour Dredging Project, Phase 3")."""
    m = COMMA_PHASE.match(text, n.end)
    if m is None or n.backref or n.head is None or not n.text.endswith(n.head):
        return
    n.end = m.end()
    n.text = text[n.start : n.end]
    n.norm = None


def _bare_head_body(n: _Name, t: dict) -> bool:
    """Whether a name is an instrument's head and a body's word after it and nothing else ("the Project Office",
    "the Programme Hub"): the office that runs some project, named by no project's name."""
    words = n.text.split()
    return (
        n.rule == "headed"
        and not n.backref
        and len(words) == 2
        and words[0] == n.head
        and words[1] in t["trailing"]
        and words[1].isalpha()
        and not re.fullmatch(r"[IVX]+", words[1])
    )


def _other_rounds(names: list[_Name], text: str, other) -> list[_Name]:
    """Other rounds of a numbered instrument named by its initials ("the Fourth EDF" beside "the Fifth European
    Development Fund"): the ordinal and the acronym, where the letter names one round in full."""
    found = []
    for n in names:
        m = re.match(rf"{ORDINAL}[ \t]+(?P<rest>(?:[A-Z][\w’'-]*[ \t]+){{1,5}}[A-Z][\w’'-]*)$", n.text)
        if m is None or n.head is None or not n.text.endswith(n.head):
            continue
        acronym = _initials(m.group("rest"))
        if len(acronym) < 2:
            continue
        for r in re.finditer(rf"(?<![\w-]){ORDINAL}[ \t]+{acronym}(?![\w-])", text):
            if not other(r.start(), r.end()):
                round_ = _Name(r.start(), r.end(), r.group(0), n.head, "round")
                if r.group(0).split()[0].lower() == n.text.split()[0].lower():
                    round_.norm = n.norm or n.text  # "the Fifth EDF" after "the Fifth European Development Fund"
                found.append(round_)
    return found


def _bill(n: _Name, text: str) -> _Name:
    """The bill a name titles ("the fiscal year 2025 State, Foreign Operations, and Related Programs
    appropriations bill"), without the fiscal year's bare number; other names as they are."""
    m = BILL_AFTER.match(text, n.end)
    if m is None or n.rule != "headed":
        return n
    start = n.start + (y.end() if (y := BARE_YEAR.match(n.text)) else 0)
    return _Name(start, m.end(), text[start : m.end()], n.head, "bill")


# "the ongoing Emergency Multi-Sector Rohingya Crisis Response and the Bangladesh Disaster Risk
# Management Program": three capitalised words or more joined by "and the" to a programme's name.
COORDINATED_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){2,7})[ \t]+and[ \t]+the[ \t]+$"
)


def _coordinated_names(names: list[_Name], text: str, other) -> list[_Name]:
    """Names coordinated with a headed programme's name, as the same kind of thing."""
    t = tables()
    found = []
    for n in names:
        if n.rule != "headed" or n.backref:
            continue
        m = COORDINATED_BEFORE.search(text, max(0, n.start - 120), n.start)
        if m is None:
            continue
        words = m.group("name").split()
        if (
            words[0] in t["stop"]
            or any(w in t["heads"] or w in t["titles"] or w in BODY_WORDS or w in MONTH_NAMES for w in words)
            or other(m.start("name"), m.end("name"))
            or all(w in country_table() or w in PARTIES for w in words)
        ):
            continue
        found.append(_Name(m.start("name"), m.end("name"), m.group("name"), None, "coordinated"))
    return found


def _short_name_of(name: str, body: str) -> bool:
    """Whether ``name`` opens ``body``'s name before its remit ("Kuwait Fund" of "Kuwait Fund for
    Arab Economic Development"; not "Bali Process" of "Bali Process Regional Support Office")."""
    return body.startswith(name) and re.match(rf"{re.escape(name)}[ \t]+(?:for|of|on|to)[ \t]", body) is not None


def _body_then_remit(n: _Name, text: str, body_end: int) -> bool:
    """Whether a name is a body's name ending at its head word, then "to" and a capitalised verb (the body's remit)."""
    return (
        n.head is not None
        and n.start < body_end < n.end
        and text[n.start : body_end].endswith(n.head)
        and re.match(r"\s+to\s+[A-Z][a-z]+\s", text[body_end : n.end + 1]) is not None
    )


def _transfer_title(n: _Name, text: str) -> bool:
    """Whether a name is a head, "to" or "for" and a country ("Grant to Jordan", "the Fund for Italy"): what was given."""
    m = TRANSFER_TITLE.fullmatch(n.text)
    return bool(m) and m.group("country") in country_table()


def _cut_title(n: _Name, text: str) -> bool:
    """Whether a name is a title's tail cut at a line break or at a list's comma."""
    if _plural_head(n) and LIST_TAIL_BEFORE.search(text, max(0, n.start - 60), n.start):
        return True  # "Operations, and Related Programs": kinds listed, the last one no name of its own
    return "," in SERIES_TAIL.sub("", n.text) and bool(LINE_CUT_BEFORE.search(text, max(0, n.start - 60), n.start))


# An indefinite article or a sum (and one lower-case word) before a bare head: one of its kind ("signed a
# Memorandum of Understanding with ...", "a $500 million MoU with ..."), not a named instrument.
ONE_OF_A_KIND_BEFORE = re.compile(
    r"(?:(?<![\w-])[Aa]n?|\d(?:\s*(?:thousand|million|billion|trillion))?)[ \t]+(?:[a-z]+[ \t]+)?\Z"
)
# A bracketed acronym and the capitalised word after it; a closing bracket and the word after it.
ACRONYM_THEN_WORD = re.compile(r"\s*\(\s*[A-Z][\w-]*\s*\)[ \t]+([A-Z]\w+)")
CLOSED_THEN_WORD = re.compile(r"\s*\)[ \t]+([A-Z]\w+)")
# A secretariat named after the instrument it serves, just before the instrument's name ("the Secretariat of the
# ... Environment Programme (S...)"): when the acronym after spells the secretariat too, the letter names the body.
SECRETARIAT_OF_THE = re.compile(r"\bSecretariat[ \t]+of[ \t]+the[ \t]+\Z")
BRACKETED_ACRONYM = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z]*)[ \t]*\)")
# An order's number may be followed by its date before its title in brackets ("13405 of June 16, 2006 (").
ORDER_DATE_BRACKET = re.compile(rf"(?:\s+of\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}})?\s*\(\s*")


# The tail of a founding treaty's name: what it sets up ("Agreement Establishing the African Development Bank").
FOUNDING_TAIL = re.compile(r"[ \t]Establishing[ \t]+(?:the[ \t]+)?(\S.*)$")


BODY_FOR_THE = re.compile(r"(?<![\w-])(?P<body>[A-Z][a-z]+)[ \t]+(?:for|of|on)[ \t]+the[ \t]+\Z")


def _body_remit(n: _Name, text: str) -> bool:
    """Whether a name opening with a gerund follows a body's head and "for the" ("Committee for the Freezing of
    Terrorist Funds"): the words are what the body does, part of its name, and no instrument."""
    from extractor.nlp.organisations import ORG_HEADS  # organisations imports this module

    opening = n.text.split()[0] if n.text.split() else ""
    body = BODY_FOR_THE.search(text, max(0, n.start - 40), n.start)
    return bool(re.fullmatch(r"[A-Z][a-z]+ing", opening)) and body is not None and body["body"] in ORG_HEADS


def _proper_named_body(n: _Name, t: dict) -> bool:
    """Whether a name of a body_when_proper head ("HALO Trust") is a body's: a proper name, an acronym or a
    country among the words before its head, where an instrument of that kind says what it is for."""
    words = n.text.split()
    if n.head not in t["body_when_proper"] or words[-1] != n.head or len(words) < 2:
        return False
    known = english_words()
    modifiers = [w for w in words[:-1] if w[:1].isupper()]
    return known is not None and any(
        (w.isupper() and len(w) > 1) or _is_country(w) or not known.known([w.lower()]) for w in modifiers
    )


def _works_full_name(n: _Name, names: list[_Name]) -> str:
    """The full name a works short form stands for: "the Honiara water project" after the "Honiara Urban
    Water Supply and Sanitation Project" (the same head, every word of it in the full name)."""
    words = [w.lower().rstrip("s") for w in re.split(r"[ \t–-]+", n.norm) if w]
    fuller = {
        m.norm
        for m in names
        if m is not n
        and m.norm
        and m.rule != "place_works"
        and m.norm.split()[-1].lower() == words[-1]
        and set(words) <= {w.lower().rstrip("s") for w in re.split(r"[ \t–-]+", m.norm) if w}
    }
    return fuller.pop() if len(fuller) == 1 else n.norm


def find_programmes(
    text: str, exclude: Optional[set[tuple[int, int]]] = None, min_lowercase_words: int = MIN_LOWERCASE_WORDS
) -> list[_Name]:
    """Every programme name in ``text`` with its norm; ``exclude`` spans (organisations) are skipped."""
    t = tables()
    spans = sorted(exclude or ())

    def other(start: int, end: int) -> bool:
        # A country's name, or text inside a body's, place's or route's span.
        return re.sub(r"\s+", " ", text[start:end]) in country_table() or any(s < end and start < e for s, e in spans)

    candidates = _dashed_pairs(_split_numbered_lists(_headed_names(text, other) + _pattern_names(text, other)), text)
    for n in candidates:
        cut = next(((m, name) for pattern, name in OPENING_CUTS if (m := pattern.match(n.text))), None)
        if cut and not n.backref:
            _cut_opening(n, cut[0])
            n.cut = cut[1]
    for n in candidates:
        # "the 640 MW Shigar Hydropower Project": the unit of a figure before the name is the figure's.
        unit = re.match(r"([\w-]+)[ \t]+", n.text)
        if unit and unit.group(1).lower() in measure_words() and re.search(r"\d[ \t]*\Z", text[: n.start]):
            _cut_opening(n, unit)
    for n in candidates:
        title = STATUTE_TITLE_REST.match(text, n.end)
        if title and n.head == "Act" and not n.backref and (n.norm is None or n.norm == n.text):
            # "the ... Act for Housing, the Coastal Fisheries, and Flood Relief, 2019": a US statute's long
            # title lists its purposes with commas up to its year, one name
            n.end = title.end()
            n.text, n.norm = text[n.start : n.end], None
    for n in candidates:
        era_year_end = _era_year_end(text, n.text, n.end)
        if era_year_end and not n.backref and (n.norm is None or n.norm == n.text):
            n.end = era_year_end
            n.text, n.norm = text[n.start : n.end], None
    for n in candidates:
        dashed = _dashed_places_before(text, n)
        if dashed is not None and not n.backref and (n.norm is None or n.norm == n.text):
            n.start, n.text, n.norm = dashed, text[dashed : n.end], None
    for n in candidates:
        ordinal = _ordinal_round_before(text, n)
        if ordinal is not None and not n.backref and (n.norm is None or n.norm == n.text):
            n.start, n.text, n.norm = ordinal, text[ordinal : n.end], None
    for n in candidates:
        dated = LEADING_DATE.match(n.text) or LEADING_LOAN_NUMBER.match(n.text)
        if dated and not n.backref and (n.norm is None or n.norm == n.text):
            n.start, n.text, n.norm = n.start + dated.end(), n.text[dated.end() :], None
    candidates = [
        n
        for n in candidates
        if not (n.head and BODY_APPOSITION.match(text, n.end))
        and not _body_named_for(n, text)
        and not _secretariat_named_for(n, text)
    ]
    candidates = [n for n in candidates if not (n.head == "Decision" and n.text.split()[0] in t["meeting_bodies"])]
    candidates = [
        n
        for n in candidates
        if not PAPER_NUMBER.fullmatch(n.text) and not DRAFT_PAPER.fullmatch(n.text) and not _fund_as_party(n, text)
    ]
    candidates = [n for n in candidates if not _proper_named_body(n, t) and not _body_remit(n, text)]
    # "Clean the Rivers Fund": a head's name that starts inside a body's name ends it, the body's (not after the body's
    # "of": a "Delivery Unit of the Coastal Recovery Programme" names the programme it serves); "the Laos Peer Review
    # Mechanism": a country before a body's whole name is where the body sits.
    candidates = [
        n
        for n in candidates
        if not any(
            n.end == e
            and (
                (s < n.start and not re.search(r"\bof(?:\s+the)?\s+\Z", text[s : n.start]))
                or (n.start < s and _is_country(text[n.start : s].strip()))
            )
            for s, e in spans
        )
    ]
    candidates = [n for n in candidates if not _courtesy_named(n, text)]
    candidates = [n for n in candidates if not _bare_head_body(n, t)]
    # "the Global Gateway Peru investors summit": a name that opens a gathering's name names the gathering.
    candidates = [n for n in candidates if not _opens_gathering(text, n.end)]
    # "Proposed Credit and Grant for the ... Project": the lender's proposed paper alone names no programme.
    candidates = [n for n in candidates if not PROPOSED_PAPER.fullmatch(n.text)]
    candidates += _headed_after_acronym(candidates, text) + _treaty_titles(text) + _gerund_for_titles(text, other)
    candidates += _dated_acts(text)
    for n in candidates:
        _with_dashed_phase(n, text)
        _with_comma_phase(n, text)
    # Acronyms defined after a name ("... System (EES)") stand for the name afterwards.
    acronyms: dict[str, _Name] = {}
    for n in candidates:
        m = t["acronym_re"].match(text, n.end)
        if m and (n.start, n.end) in (exclude or set()) and not any(c.isdigit() for c in m.group(1)):
            continue  # "Qatar Fund for Development (QFFD)": a body's acronym; "(ADF-17)" is its round
        if m and not n.backref:
            target = _acronym_target(n, m.group(1), text)
            if target is not None:
                acronyms[m.group(1)] = target
        elif n.acronym:
            acronyms[n.acronym] = n
    for n in candidates:
        m = t["acronym_re"].match(text, n.end)
        if m and not n.backref and re.search(r"\d$", m.group(1)) and ORDINAL_OPENING.match(n.text):
            acronyms[m.group(1)] = n  # "Sixteenth Replenishment of the Asian Fund (AF-16)": the round, not the fund
    for acronym, n in acronyms.items():
        for start, end in literal_matches(text, acronym, NO_WORD_OR_HYPHEN_BEFORE, NO_WORD_OR_HYPHEN_AFTER):
            alias = _Name(start, end, acronym, n.head, "acronym")
            alias.norm = n.norm or re.sub(r"\s+", " ", n.text)
            candidates.append(alias)
    # "the Global Fund to Fight AIDS, Tuberculosis, and Malaria": the head of a body's name, cut at a
    # comma, is that body, not a fund of its own.
    candidates = [
        n
        for n in candidates
        if n.text.lower() not in t["not"]
        and not _headline_topic(text, n)
        and (n.start, n.end) not in (exclude or set())
        and not any(s == n.start and n.end < e for s, e in spans)
        # "The Global Fund to Fight AIDS": a body's name up to the head, then its remit, is the body's full name.
        and not any(s == n.start and _body_then_remit(n, text, e) for s, e in spans)
        # "the Centers for Medicare & Medicaid Services": a listed instrument's name inside a body's
        # name is the body's.
        and not (n.rule == "extra" and any(s <= n.start and n.end <= e for s, e in spans))
        # "- Department of Energy Partnerships: ... a series of new partnerships": a body's name and
        # a plural head name the kind of what the body runs, not one instrument.
        and not (_plural_head(n) and any(s == n.start and re.fullmatch(r"\s+\S+", text[e : n.end]) for s, e in spans))
    ]
    # "Kuwait Fund signs ..." beside "the Kuwait Fund for Arab Economic Development": the opening words
    # of a body's name found elsewhere, before its remit, are that body's short name.
    candidates = [_bill(n, text) for n in candidates]
    candidates += _other_rounds(candidates, text, other)
    candidates += _founding_titles(candidates, text)
    candidates += _coordinated_names(candidates, text, other)
    bodies = {text[s:e] for s, e in spans}
    # A cut title's shorter parts ("Related Programs") are cut with it.
    cut = [(n.start, n.end) for n in candidates if _cut_title(n, text)]
    # The same cut words elsewhere (the next column of a two-column signature) are cut too.
    cut_texts = {text[s:e] for s, e in cut}
    cut += [(n.start, n.end) for n in candidates if n.text in cut_texts]
    candidates = [
        n
        for n in candidates
        if not (n.rule == "headed" and " " in n.text and any(_short_name_of(n.text, b) for b in bodies))
        and not _transfer_title(n, text)
        and not _quoted_body_name(n, text)
        and not any(s <= n.start and n.end <= e for s, e in cut)
    ]
    # Longest first; on the same span the letter's own definition beats the curated list.
    candidates.sort(key=lambda n: (-(n.end - n.start), n.start, n.rule == "extra"))
    chosen: list[_Name] = []
    for n in candidates:
        if all(n.end <= c.start or n.start >= c.end for c in chosen):
            chosen.append(n)
    chosen.sort(key=lambda n: n.start)
    resolved = _resolve_norms(chosen, text)
    for n in resolved:
        if n.rule == "place_works":
            n.norm = _works_full_name(n, resolved)
    # "the Agreement Establishing the AfCFTA" beside the "African Continental Free Trade Area (AfCFTA)": a
    # founding treaty of an instrument found on its own is that instrument (as an act establishing one is).
    by_text = {n.text: n.norm for n in resolved if n.norm and n.head not in t["own_acts"]}
    for n in resolved:
        founded = FOUNDING_TAIL.search(n.text)
        if founded and n.head not in t["own_acts"] and by_text.get(founded.group(1), n.norm) != n.norm:
            n.norm = by_text[founded.group(1)]
    # "the ... Act, 2024 (Public Law 118-47)": a name in brackets right after another is its other name, also
    # with the year its number is of ("... Fund Act, 2000 (Act No. 51 of 2000)").
    for before, n in zip(resolved, resolved[1:]):
        if (
            n.rule != "acronym"  # an acronym knows what it stands for ("... of the ... Fund (ISBF)")
            # '... Fund ("Harvest Fund")': its other name in quotes too
            and re.fullmatch(r"\s*\(\s*[“\"‘']?", text[before.end : n.start])
            and re.match(r"[”\"’']?(?:\s+of\s+\d{4})?\s*\)", text[n.end :])
        ):
            n.norm = before.norm or before.text
        elif (
            before.head == "Order"
            and n.rule != "acronym"
            and ORDER_DATE_BRACKET.fullmatch(text, before.end, n.start)
            and re.match(r"[^()\n]{0,120}\)", text[n.end :])
        ):
            # "Executive Order 13405 of June 16, 2006 (Blocking Property of ... or Institutions in Belarus)":
            # an order's title in brackets after its number and date is the order's other name.
            n.norm = before.norm or before.text
    # "Republic Act No. 9999, otherwise known as the Clean Water Act of 2004": the numbered law and the
    # name it is known by are one instrument, by its name.
    for before, n in zip(resolved, resolved[1:]):
        if n.rule != "acronym" and KNOWN_AS.fullmatch(text, before.end, n.start):
            before.norm = n.norm or n.text
    # "Bill 12, the Preserving Canada's Economic Prosperity Act": a numbered bill and the act it would be, in
    # apposition, are one instrument, by its name.
    for before, n in zip(resolved, resolved[1:]):
        if (
            n.rule != "acronym"
            and re.search(r"\bBill\s+[A-Z]?-?\d+$", before.text)
            and n.head in LEGAL_HEADS
            and re.fullmatch(r",\s+(?:the\s+)?", text[before.end : n.start])
        ):
            before.norm = n.norm or n.text
    # "this year's Leaders' Declaration, “The Golden Gate Declaration”": a name in quotes in apposition,
    # with the same head, is the name the first one has.
    for before, n in zip(resolved, resolved[1:]):
        if before.head and before.head == n.head and QUOTED_APPOSITION.fullmatch(text, before.end, n.start):
            before.norm = n.norm or n.text
    # "the HIDTA Program" after "High Intensity Drug Trafficking Area (HIDTA) Program": an acronym
    # with the head of the name it stands for is that name.
    renamed: dict[str, str] = {}
    for n in resolved:
        words = n.text.split()
        if n.rule != "headed" or n.backref or len(words) < 2 or words[-1] != n.head:
            continue
        target = next((acronyms[w] for w in words[:-1] if w in acronyms), None)
        if target is not None and target is not n and target.head == n.head and target.norm and n.norm:
            renamed[n.norm] = target.norm
    for n in resolved:
        n.norm = renamed.get(n.norm, n.norm)
    # A well-known instrument named several ways in one letter ("ETIAS" and "European Travel
    # Information and Authorisation System") takes the fullest form the letter uses.
    canonical: dict[str, str] = {}
    groups = [_extra_group(n, t) for n in resolved]
    for n, group in zip(resolved, groups):
        # The letter's own forms first: a curated canonical name only when the letter has no other.
        if group and (n.rule != "extra" or group not in canonical):
            mine = n.norm or n.text
            if (
                group not in canonical
                or n.rule != "extra"
                and (canonical[group] == group or len(mine) > len(canonical[group]))
            ):
                canonical[group] = mine
    for n, group in zip(resolved, groups):
        if group:
            n.norm = canonical[group]
    for extra in _lowercase_restatements(text, [n for n in resolved if n.rule != "lowercase"], min_lowercase_words):
        if all(extra.end <= c.start or extra.start >= c.end for c in resolved):
            resolved.append(extra)
    # "cc: Executive Director, Regional Security System": a name that a person's office is of, alone on
    # its line, is a body's, wherever the letter names it.
    bodies = {norm for norm in {n.norm for n in resolved if n.norm} if _office_of(text, norm, t)}
    resolved = [n for n in resolved if n.norm not in bodies]
    return sorted(resolved, key=lambda n: n.start)


# The courtesy title a name opens with or stands right after ("Professor Ana Trust", "Ms Levy"): a person's.
COURTESY_BEFORE = re.compile(rf"(?:^|[ \t(])(?:{alternation(COURTESY_TITLES)})[ \t]+\Z")


def _courtesy_named(n: _Name, text: str) -> bool:
    """Whether a name is a person's, after or opening with a courtesy title ("Dr Mara Grant", "Ms Levy")."""
    words = n.text.split()
    if words[0] in RANK_TITLES and n.head and len(words) > 2 and n.head in words[2:]:
        return False  # "Sir Ratan Tata Fund for Rural Schools": a head after the title's name ends a fund's
    return words[0] in COURTESY_TITLES or bool(COURTESY_BEFORE.search(text, max(0, n.start - 12), n.start))


def _titled_project(words: list[str], t: dict) -> bool:
    """Whether the capitals before a lower-case "project" are its title ("Rural Feeder Roads Upgrading"), no place's."""
    places = any(w in t["place_features"] or _is_country(w) for w in words) or _is_country(" ".join(words[:2]))
    return sum(w[:1].isupper() for w in words) >= TITLED_PROJECT_WORDS and not places


def _cut_opening(n: _Name, opening: re.Match) -> None:
    """Cut the words ``opening`` matched at the start of a name from its text, and from its norm where it starts so."""
    n.start, n.text = n.start + opening.end(), n.text[opening.end() :]
    if n.norm and n.norm.startswith(opening.group(0)):
        n.norm = n.norm[opening.end() :]


# A person's office and its comma at a line's start ("cc: Executive Director, ", "President, "), before a name.
OFFICE_BEFORE = re.compile(
    r"(?:^|\n)(?:cc:)?[ \t]*(?:[A-Z][\w-]*[ \t]+){0,3}(?P<title>[A-Z][\w-]*),[ \t]+(?:the[ \t]+)?\Z"
)


# What may follow a name that stands alone on its line: stops and spaces, then the line's end.
LINE_END_AFTER_NAME = re.compile(r"[ \t.;,]*(?:\n|\Z)")


def _office_of(text: str, name: str, t: dict) -> bool:
    """Whether ``name`` stands alone on a line after a person's office ("Executive Director, Regional Security System")."""
    for start, _end in literal_matches(text, name, NO_WORD_OR_HYPHEN_BEFORE, LINE_END_AFTER_NAME):
        office = OFFICE_BEFORE.search(text, max(0, start - 60), start)
        if office and any(part in t["titles"] for part in office.group("title").split("-")):
            return True
    return False


def _extra_group(n: _Name, t: dict) -> Optional[str]:
    """The curated instrument a name is a form of, by its spelling or by its comparable words."""
    found = t["extras"].get(n.text) or t["extras"].get(n.norm or "")
    return found or t["extras_by_key"].get(_key(n.norm or n.text))


class ProgrammesComponent:
    """spaCy component: named policy instruments into ``doc.spans["programme"]``."""

    def __init__(self, nlp: Language, name: str, min_lowercase_words: int = MIN_LOWERCASE_WORDS) -> None:
        self.min_lowercase_words = min_lowercase_words
        tables()

    def __call__(self, doc: Doc) -> Doc:
        """Find the programmes of one Doc."""
        # Bodies, regions and routes: never a programme themselves, nor an item of a name's list; but a region
        # the curated instruments list is also an instrument ("the Eastern Partnership": six countries, one policy),
        # and so is a body's alias it lists ("the COVAX Facility": the body, and the facility money goes to).
        extras = tables()["extras"]
        exclude = {
            (s.start_char, s.end_char)
            for family in OTHER_FAMILIES
            for s in doc.spans.get(family, [])
            if not (family in ("region", "organisation") and s.text in extras)
        }
        found = find_programmes(doc_text(doc), exclude, self.min_lowercase_words)
        set_spans(doc, FAMILY, ((n.start, n.end, n.norm, None, n.recorded_rule) for n in found))
        return doc


@Language.factory(
    "letters_programmes",
    assigns=SPAN_ASSIGNS,
    requires=["doc.spans"],
    default_config={"min_lowercase_words": MIN_LOWERCASE_WORDS},
)
def make_programmes(nlp: Language, name: str, min_lowercase_words: int) -> ProgrammesComponent:
    """Build the programmes component."""
    return ProgrammesComponent(nlp, name, min_lowercase_words)
