"""Organisations: institutions, agencies, international organisations and groupings.

Known organisations, their aliases and acronyms are data (``organisations.jsonl``): canonical
English names, as analysts write them (European Commission, Frontex, UNHCR, G7). General patterns
add the rest: a capitalised name defined with an acronym in brackets whose head is an
organisation word ("the Global Alliance to Counter Migrant Smuggling (GACMS)") links the acronym
to the name for the rest of the letter; "Ministry of X", "Department of X", "Office of X" and
"Interior Ministry" are national institutions; so are departments named by remit and country
("Citizenship and Immigration Canada") and bodies named head first in their own language
("Guardia Civil"). Missions are named after their owner ("UN Stabilization Mission in Haiti"),
their bracketed acronym often French (MINUSTAH). Guards: "the Commission" and a bare "Council" are
the EU's only in a letter that speaks of the EU, and "Council" after another capitalised word
("Association Council") is not the Council of the EU.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Iterable, Optional

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractor.nlp.data_files import read_jsonl, read_jsonl_by_kind, read_word_sets
from extractor.nlp.extensions import (  # importing it registers the span attributes
    LETTER_DATE_KEY,
    LETTER_PLACE_KEY,
    SPAN_ASSIGNS,
    doc_text,
)
from extractor.nlp.phrases import (
    AUTHOR_KEY,
    FOREIGN_LINKS,
    indices_of,
    is_eu_context,
    match_ignoring_spaces,
    set_spans,
    variants,
)
from extractor.nlp.programmes import ORDINAL_WORD, OWNED_FUND_HEADS
from extractor.nlp.programmes import tables as programme_tables
from extractor.reference.addresses import (
    BUILDING_WORDS,
    POST_BOX_NUMBER,
    STREET_ABBREVIATIONS,
    STREET_WORDS,
    dateline_place,
)
from extractor.reference.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from extractor.reference.casing import capital_initials, natural_case, without_accents
from extractor.reference.countries import (
    DEMONYM_RULE,
    country_code,
    country_table,
    department_names,
    is_state_name,
    subdivision_countries,
    subdivision_table,
)
from extractor.reference.english import english_words
from extractor.reference.marks import APOSTROPHES, BULLETS, CLOSING_LABEL, COLUMN_GAP, CONTACT_LABEL, POSSESSIVE_MARKS
from extractor.reference.regexes import (
    NO_WORD_OR_HYPHEN_AFTER,
    NO_WORD_OR_HYPHEN_BEFORE,
    alternation,
    literal_matches,
)

FAMILY = "organisation"
# The word sets below, kept as data (kind <TAB> word); each constant reads its kind by name.
WORD_FILE = "organisation_words.tsv"
WORDS = read_word_sets(WORD_FILE)
DATA_FILE = "organisations.jsonl"
# The kinds of its records that rules here and elsewhere select by (the views below): a state's own body, an
# international body of states other than the UN's and the EU's, the UN's, an armed group.
NATIONAL_KIND = "national"
INTERNATIONAL_KIND = "international"
UN_KIND = "un"
ARMED_GROUP_KIND = "armed-group"
INTERGOVERNMENTAL_KINDS = frozenset({INTERNATIONAL_KIND, UN_KIND})
# doc.user_data keys of what several rules read from the whole letter, found once per Doc.
TITLED_NAMES_KEY = "letters_titled_names"
LOWER_WORDS_KEY = "letters_lower_words"
# ... and the tokens where a named rule ended a body's name (token index -> rule), which its span's rule records
# after its own ("organisation.institution:unit_after_comma"), so a name cut wrongly says which rule cut it.
NAME_STOPS_KEY = "letters_organisation_name_stops"
# The rules that end a name at a comma before another body's unit ("Ministry of Culture, Heritage Bureau"), the
# second where the unit's name goes on over "and" or a hyphen ("..., Asia and Pacific Bureau").
UNIT_AFTER_COMMA = "unit_after_comma"
UNIT_NAME_GOES_ON = "unit_after_comma.name_goes_on"
# Head nouns that make a bracket-defined name an organisation (not a programme or a system).
ORG_HEADS = WORDS["org_heads"]
# Connectors inside a name; those that end its head ("Alliance to Counter ...") are HEAD_ENDERS.
NAME_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "to", "in", "&", "-", "against"})
HEAD_ENDERS = frozenset({"of", "for", "on", "to", "in", "against"})
INSTITUTION_WORDS = WORDS["institution_words"]
# Institution words that are also a ministry's field ("Ministry of Interior and National Administration").
REMIT_INSTITUTION_WORDS = frozenset({"Administration"})
# How far back from "and <Administration>" the comma of a list of remits may stand.
LISTED_REMIT_REACH = 5
# Of these, the ones whose name may begin before them ("Executive Office for ...", "Regional
# Directorate of ...", "Independent Panel for ..."); a ministry's or department's is its
# country's ("Italian Ministry ...").
OWNED_INSTITUTION_WORDS = WORDS["owned_institution_words"]
# "the Departments of State, Energy and Commerce": a plural head names one body per listed remit.
PLURAL_INSTITUTION_WORDS = {"Departments": "Department", "Ministries": "Ministry"}
# The heads of a government's units, one a letterhead line ("Ministry of ... / Department of Roads").
GOVERNMENT_UNIT_HEADS = frozenset(PLURAL_INSTITUTION_WORDS.values())
# "the U.S. Central and Africa Commands": a plural head after a list names one body per listed word;
# "the House and Senate Committees on Appropriations" (or "Appropriations Committees"): one committee
# per listed chamber, each on the remit they share.
TRAILING_PLURAL_HEADS = {"Commands": "Command", "Committees": "Committee"}
# A remit listed after a plural head has at most this many words ("Housing and Urban Development").
MAX_REMIT_TOKENS = 5
# Words of a person's office after an institution's name ("Department of Homeland Security Senior
# Official ..."): the name ends before them, unless they follow "of"/"the" inside it ("Office
# of the Director of National Intelligence").
ROLE_WORDS = WORDS["role_words"]
ROLE_WORD_REACH = 20  # characters back from an officer's title in which a rank before it ("Deputy ") is read
# The most words before a role word in the title of the officer an office serves ("Office of the Prime
# Minister", "Office of the Chief Statistician" aside): more is another body's name running on.
MAX_HOLDER_TITLE_WORDS = 2
# Short names of a state or union that begin another body's name after "and" or a comma
# ("Office of the U.S. Trade Representative and U.S. Customs and Border Protection": two bodies).
OWNER_PREFIXES = frozenset({"U.S.", "US", "UN", "U.N.", "EU", "AU", "UK"})
# Words that begin a ministry's or department's name before its head ("Federal Department of
# Justice and Police", "National Ministry of ...", Indonesia's "Coordinating Ministry for ...").
LEADING_INSTITUTION_WORDS = frozenset({"Federal", "National", "State", "Royal", "Central", "Coordinating", "General"})
# Heads of a capitalised name after a determiner that make it a body acting in the letter:
# "the Libyan Coast Guard", "the Home Affairs Committee", "our Asylum Service". "Office",
# "Network", "Alliance" and "Union" are left out: they head programmes too ("Legal Gateway
# Office", "Union of Skills").
NAMED_BODY_HEADS = WORDS["named_body_heads"]
# Of those, the heads that name a state's one body of their kind alone ("the Gendarmerie").
LONE_BODY_HEADS = WORDS["lone_body_heads"]
# Heads of a body or of a site ("Centre"), and the words before them that name a venue ("Convention Centre").
SITE_HEADS = WORDS["site_heads"]
VENUE_WORDS = WORDS["venue_words"]
SITE_PREPOSITIONS = frozenset({"at", "in", "inside"})
# An office held in a body, written before the body's name and a comma in an addressee block
# ("Chair, Joint Committee on Foreign Affairs and Defence"): the name after the comma is the body's.
CHAIR_TITLES = ROLE_WORDS | WORDS["chair_titles"]
LETTERHEAD_NAME_OPENERS = WORDS["letterhead_name_openers"]
# The next line of an addressee block, naming the chamber a committee belongs to ("U.S. House of
# Representatives", "United States Senate"): its first word names the committee's chamber.
CHAMBER_LINE = re.compile(
    r"[ \t]*\n+[ \t]*(?:(?:U\.S\.|US|United[ \t]+States)[ \t]+)?(?P<chamber>"
    + "|".join(sorted(WORDS["chamber_words"]))
    + r")\b"
)
# A subcommittee's parent committee on the line under it, before their chamber's line ("Subcommittee on
# Coastal Ports / Committee on Commerce / United States Senate").
PARENT_COMMITTEE_LINE = re.compile(r"[ \t]*\n+[ \t]*Committee[ \t]+on[ \t][^\n]+")
# "Office" heads a body's name without a tail when it opens with a state's word and has a remit between
# ("the National Disaster Management Office", "the Federal Statistical Office", "the State Audit Office"); else
# programmes too.
NATIONAL_OFFICE_HEAD = "Office"
NATIONAL_OFFICE_OPENERS = frozenset({"National", "Federal", "State"})
# Heads whose name needs two words before them ("Rapid Support Forces", "Lebanese Armed Forces",
# "Small Business Administration"; "the Biden Administration" is a government, not a body).
NAMED_FORCES_HEADS = frozenset({"Forces", "Force", "Administration"})
# Heads after which a hyphenated name is a government's ("the Biden-Harris Administration").
NO_HYPHEN_HEADS = frozenset({"Administration"})
# Heads that name a body alone with a tail on its remit: "the Committee on Civil Liberties,
# Justice and Home Affairs", "the Commission on Population and Development".
REMIT_BODY_HEADS = frozenset({"Committee", "Commission", "Subcommittee"})
# A legal form that also heads a body with a remit after "on" ("Working Group on ...").
REMIT_GROUP_HEAD = "Group"
# Organs an organisation names after itself: "the ECOWAS Commission", "the AU Assembly".
OWN_ORGAN_HEADS = frozenset({"Commission", "Secretariat", "Parliament", "Court", "Assembly", "Council"})
# The links that go on a foreign body's list of remits after a comma ("..., des Finances et du Budget").
REMIT_LIST_LINKS = frozenset({"des", "du", "dos", "das", "dei", "delle", "degli", "del"})
# Foreign heads spelled as English words: a foreign name's only with the language's link inside.
ENGLISH_FOREIGN_HEADS = frozenset({"Office", "Commission"})
# The heads of an organisation's organ named after it ("the Council of the League of Arab States").
ORGAN_OF_HEADS = OWN_ORGAN_HEADS | {"Council"}
# Groupings of states: "Alliance of Sahel States", "League of Arab States",
# "Union of South American Nations".
GROUPING_HEADS = WORDS["grouping_heads"]
# A nation's development fund, the institution that lends it ("Saudi Fund for Development",
# "Kuwait Fund for Arab Economic Development"); an EU or trust fund so named is an instrument.
DEVELOPMENT_FUND = re.compile(
    r"(?<![\w-])(?:The[ \t]+)?(?P<owner>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+Fund[ \t]+for[ \t]+"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}Development\b"
)
# A fund that insures or pays pensions, the agency that runs a scheme ("the Regional Health Insurance Fund",
# "the State Pension Fund", "the Teachers' Pensions Fund", "a Mutual Provident Fund"), not an instrument.
INSURER_FUND = re.compile(r"(?<![\w-])(?:[A-Z][\w’'-]*[ \t]+){0,3}(?:Insurance|Pensions?|Provident)[ \t]+Fund\b")
# A fund named in the letterhead of the document it issues: an institution ("NORDIC DEVELOPMENT FUND",
# "International Cooperation and Development Fund (TaiwanICDF)"), not an instrument of someone else's.
ISSUING_FUND = re.compile(
    r"(?<![\w-])(?!The[ \t])(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|for|of)[ \t]+)?){1,5}Fund"
    r"(?:[ \t]+for[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)?\b"
)
# A fund that acts as a body does: it carries out a project ("implemented by the Rural Roads Investment and
# Assets Fund") or itself approves a grant or a loan ("the Heritage Fund (HF) has approved a grant of ..."): the
# institution, not an instrument.
_FUND_NAME = r"(?P<name>[A-Z][\w’'-]*(?:[ \t]+(?:(?:and|for|of)[ \t]+)?[A-Z][\w’'-]*){0,5}[ \t]+Fund)\b"
ACTING_FUNDS = (
    re.compile(rf"(?:implemented|executed)[ \t\n]+by[ \t\n]+the[ \t]+{_FUND_NAME}"),
    re.compile(
        rf"(?<![\w-])(?<!of[ \t]the[ \t]){_FUND_NAME}(?:[ \t]+\([A-Z]{{2,8}}\))?[ \t]+(?:has[ \t]+)?"
        r"(?:approved|awarded|granted)[ \t]+an?[ \t]+(?:grant|loan)\b"
    ),
)
# A parliament's chamber named after its members ("the House of Peoples' Representatives", "House of the
# Federation"): up to two capitalised words, a possessive's among them, before the members' word.
CHAMBER_HOUSE = re.compile(
    r"(?<![\w-])House[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+(?:['’]s?|s['’])?[ \t]+){0,2}"
    rf"(?:{'|'.join(sorted(WORDS['chamber_members']))})\b"
)
# What follows a city and its comma in an address: a district or state in initials ("M.D.C.", "D.C.")
# or a postcode.
ADDRESS_DISTRICT = re.compile(r"(?:[A-Z]\.){2,4}|\d[\w-]*")
# The office of an officer titled "... General" (Attorney, Auditor, Prosecutor, Inspector General, hyphened or
# not) or of a public prosecutor, defender or ombudsman: "the Auditor-General's Office", "the Public Prosecutor's
# Office" are bodies; "the Minister's office" is a person's staff.
GENERAL_OFFICE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+(?:[ \t]+|-)){1,2}(?:General|Prosecutor|Defender|Ombudsman)['’]s[ \t]+Office\b"
)
# A state's audit institution named after its officer and the state ("the Comptroller General of the Nation",
# as Latin American "Contraloría General de la República" reads in English): a body, not a person.
COMPTROLLER_OF_STATE = re.compile(
    r"(?<![\w-])(?:Comptroller|Controller)[ \t]+General[ \t]+of[ \t]+the[ \t]+(?:Republic|Nation|State|Union)\b"
)
# A state's supreme audit institution named by its officer ("the Auditor-General's report", "the Auditor General of
# Examplia"), as Commonwealth states name it: a body, as its office is; "of" and a state's name go with it.
AUDITOR_GENERAL = re.compile(
    r"(?<![\w-])(?P<officer>Auditor[- ]General)(?![\w-])(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<state>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}))?"
)
# The office of that officer in any spelling ("Office of the Auditor General", "the Auditor-General's Office"): where
# the letter names it, the officer alone is that body again, not a second one.
AUDITOR_GENERAL_OFFICE = re.compile(
    r"(?<![\w-])(?:Office[ \t]+of[ \t]+the[ \t]+Auditor[- ]General(?![\w-])|Auditor[- ]General['’]s[ \t]+Office\b)"
)
# The author's own commission named by its organisation's acronym, in a letterhead's capitals or a signatory's title.
AUTHOR_COMMISSION = re.compile(r"\b(?P<owner>[A-Z]{2,})[ \t]+(?:COMMISSION|Commission)\b")
# A government's cabinet as the body that decides ("approved by Cabinet", "the Cabinet decided"): not a
# word of an office ("Cabinet Secretary"), nor anyone's ("my Cabinet colleagues", "Latino Cabinet members");
# "the Cabinet of Ministers" is its full name in many states.
GOVERNMENT_CABINET = re.compile(
    r"(?:(?<=\bby[ \t])|(?<=\b[Tt]he[ \t]))Cabinet(?>[ \t]+of[ \t]+Ministers\b)?(?![\w-]|[ \t]+(?:[A-Z]|members\b))"
)
# A sub-national government named by its province, state or region ("Government of Navarre", "Regional
# Government of Biobío"): the place's words are checked against the subdivisions' table.
SUBNATIONAL_GOVERNMENT = re.compile(
    r"(?<![\w-])(?:(?:Regional|Provincial|State|Autonomous|Territorial|County)[ \t]+)?Government[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:[ \t]+(?:de|del|do|da|[A-Z][\w’'-]*)){0,3})"
)
# The EU's delegation named with the state it is accredited to (its delegation to Chad, written out in full): a
# body of its own, the state's name checked against the country table.
EU_DELEGATION = re.compile(
    r"(?<![\w-])Delegation[ \t]+of[ \t]+the[ \t]+(?:European[ \t]+(?:Union|Commission)|Commission[ \t]+of[ \t]+the"
    r"[ \t]+European[ \t]+Communities)[ \t]+to[ \t]+(?P<place>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of|the|and|[A-Z][\w’'-]*)){0,5})"
)
# A body's own governing council named in full ("the TEXA National Council", "the Union's Executive Council"):
# the owner's words, then the kind of council, then its head; the EU's Council configurations are named otherwise.
NAMED_COUNCIL = re.compile(
    r"(?<![\w-])(?:(?!The[ \t])[A-Z][\w’'-]*[ \t]+){1,3}(?:National|Executive|Governing)[ \t]+Council\b"
)
# The same named by the place before its level ("Okayama Prefectural Government", "Tokyo Metropolitan Government").
LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w-])(?!The[ \t])[A-Z][\w’'-]+(?:[ \t]+(?!The[ \t])[A-Z][\w’'-]+)?[ \t]+"
    r"(?:Prefectural|Provincial|Metropolitan|Municipal|Regional|City)[ \t]+Government\b"
)
# A named body (its head's word, or its acronym's bracket) and "of the" just before "Cabinet": the cabinet
# owns the body that acts ("the Economic Committee (EC) of the Cabinet"), a word of its name.
CABINET_ORGAN_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\))[ \t]+of[ \t]+the[ \t]+\Z")
# Levels of government a ministry's remit names ("Ministry of Local Government of ..."): its own name.
SUBNATIONAL_LEVELS = frozenset({"Local", "Regional", "Provincial", "Municipal", "State", "Federal"})
# The members a body is named by ("Board of Directors", "Council of Ministers"): a capitalised word right
# after them starts another name (a signature's person), not the body's.
MEMBER_PLURALS = frozenset({"Directors", "Governors", "Trustees", "Ministers", "Commissioners", "Advisors", "Advisers"})
# "the Committee on 5 April" / "on Monday": a date, not a remit.
CALENDAR_WORDS = MONTH_NAMES | frozenset(WEEKDAY_NAMES)
GROUPING_MEMBERS = frozenset({"States", "Nations", "Countries"})
# Words after which a long capitalised name headed by a body word is that body without "the":
# "supported by Hellenic Coast Guard vessels".
AGENT_WORDS = frozenset({"by", "with"})
# Heads of a body named after its place or its founder, that a letter writes without an article ("experts of
# Kelantan University"): after one of these prepositions the name needs no determiner.
PLACE_NAMED_HEADS = frozenset({"University"})
PLACE_NAMED_BEFORE = frozenset({"of", "at", "from", "by", "with"})
DETERMINERS = WORDS["determiners"]
CLASS_WORDS = WORDS["class_words"]
PROJECT_ROLE_WORDS = WORDS["project_role_words"]
# How many words a defined name or an institution's name may have.
MAX_NAME_TOKENS = 12
# Heads of a corporation whose name may join two remits with "and" ("Housing and Urban Development
# Corporation"), and how many capitalised words the first remit may have.
JOINED_REMIT_HEADS = frozenset({"Company", "Corporation"})
MAX_JOINED_REMIT_WORDS = 3
# A name in its own language spells out its little words ("Ministère de la Population, de la Protection Sociale
# et de la Promotion de la Femme"): more tokens for as many words.
MAX_FOREIGN_NAME_TOKENS = 20
# The plurals whose possessive stands inside a body's name ("Ministry of Women's Affairs").
PLURAL_POSSESSORS = frozenset({"People", "Women", "Children", "Men"})
# The most tokens a country's name has ("Saint Vincent and the Grenadines" aside): "Papua New Guinea".
MAX_COUNTRY_NAME_TOKENS = 3
# A state's longest formal style in tokens ("the People 's Republic of China"), after a mission's head: longer than
# MAX_COUNTRY_NAME_TOKENS, which bounds the short names a body's name closes with.
MAX_STATE_NAME_TOKENS = 6
# How many tokens before a known name the head of an instrument it closes is looked for in.
INSTRUMENT_NAME_REACH = 8
MIN_ACRONYM_LENGTH = 2
# The letters two spellings of one word share at its start ("Organisation"/"Organization", "Labour"/"Labor").
SPELLING_STEM = 4
# Content words a defined name needs before one word not the data body's may stand in it ("UN" for "United Nations").
MIN_WORDS_WITH_OTHER_WORD = 4
# What stands before an abbreviation list's acronym ("...; IWMI = ...") and what ends the name it defines.
GLOSSARY_BEFORE = frozenset({";", ",", ".", ":"})
GLOSSARY_AFTER = frozenset({";", ",", ".", "=", ")"})
GLOSSARY_MAX_NAME_TOKENS = 25  # a defined name is bounded by its entry's end, so it may be longer than others
# An acronym in brackets spans at most this many tokens ("AUDA", "-", "NEPAD").
MAX_ACRONYM_TOKENS = 3
EU_COMMISSION = "European Commission"
# Names a nation's own body takes after the nation's name or demonym: a society of the movement
# ("Lithuanian Red Cross", "Somali Red Crescent Society"), an aid agency's brand ("Irish Aid"), a
# national NGO or network ("Norwegian Refugee Council", "Dutch Relief Alliance").
NATIONAL_BODY_NAMES = WORDS["national_body_names"]
# The word that may close such a name: "Kenya Red Cross Society".
NATIONAL_BODY_TAIL = "Society"
# Lower-case words after such a name that make it a programme's ("the Polish Aid programme").
NATIONAL_PROGRAMME_WORDS = frozenset({"programme", "program"})
# Words that show a letter speaks of the EU, besides "Member States" (which other unions have too).
EU_MARKERS = (
    "EU",
    "European Union",
    "European Commission",
    "European Parliament",
    "European Council",
    "Council of the European Union",
    # The EU's forerunners, in documents of their time: "the Commission" there is theirs.
    "European Economic Community",
    "European Community",
    "European Communities",
    "EEC",
    "Schengen",
    "Frontex",
    "Brussels",
)
# Bare heads that stand for the author's own body: "the Department" in a letter from its Secretary,
# "the Committee" in one under a committee's letterhead.
BARE_AUTHOR_HEADS = ("Department", "Ministry", "Committee")
# A signer's title as a minister of a remit in Title Case ("Minister of Justice and Labour", "Minister for Lands"),
# on a line of its own: the ministry the letter's bare "the Ministry" is. Not a minister of state, nor a remit
# that goes on to its state ("... of the Republic of ...").
SIGNER_MINISTER = re.compile(
    r"Minister[ \t]+(?:of|for)[ \t]+(?!State\b)(?P<remit>[A-Z][a-z]+(?:,?[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,5})"
)
# Determiners of a bare head that refer to the author's body ("the Committee", "my Department").
AUTHOR_BODY_DETERMINERS = frozenset({"the", "my", "our", "this"})
# Words kept in lower case when a body's name in capitals is written in natural case.
BODY_NAME_PARTICLES = frozenset({"of", "on", "for", "the", "and", "to", "in"})
# (start token, end token, canonical name, rule id)
Candidate = tuple[int, int, str, str]
EU_COUNCIL = "Council of the European Union"
# The national record's name for a parliament named by its head alone.
BARE_PARLIAMENT = "Parliament"
# The lines at a text's top that may be a letterhead left in the body.
MAX_LETTERHEAD_LINES = 6
# A translator's note over a letterhead, wholly in brackets ("[Courtesy translation from Portuguese]").
TRANSLATOR_NOTE = re.compile(r"\[[^\]]*\]|\([^)]*\)")
# The heads of a state's missions abroad ("EMBASSY OF NORWAY", "Permanent Mission of Peru").
STATE_MISSION_HEADS = WORDS["mission_heads"]
# The first words of a letterhead's body in capitals: an institution's or a mission's.
LETTERHEAD_HEADS = INSTITUTION_WORDS | STATE_MISSION_HEADS
# The head of a state's mission abroad, then "of" and the state ("Consulate-General of Peru", "Permanent Mission of
# the Republic of Peru"); "at the Embassy of ..." names the place met at, no body.
STATE_MISSION = re.compile(rf"(?<!\bat the )(?<!\bin the )\b(?:{alternation(STATE_MISSION_HEADS)}) of (?:the )?")
# The same mission named by its state's adjective or name before the head ("the German Embassy", "the Kenya High
# Commission"), words of its style before it ("the Royal Danish Embassy").
ADJECTIVE_MISSION = re.compile(rf"(?P<state>.+?) (?P<head>{alternation(STATE_MISSION_HEADS)})")
# A letterhead's line in capitals that goes on with the line above's name ("MINISTRY OF HEALTH, ... / AND
# SOCIAL WELFARE", "MINISTRY OF FOREIGN AFFAIRS / OF THE REPUBLIC OF ...").
LETTERHEAD_GOES_ON_WORDS = frozenset({"OF", "FOR", "ON", "AND"})
LETTERHEAD_GOES_ON = re.compile(rf"\s*(?:{'|'.join(sorted(LETTERHEAD_GOES_ON_WORDS))})\b")
# The spaced dash after which a letterhead line names the body of the state before it.
LETTERHEAD_DASH = re.compile(r"[ \t][–—-][ \t]+(?=[A-Z]{2})")
# What follows a bare EU body's word that names another body ("Council of Ministers", "Commission
# of Inquiry"); "Council of the European Union" is the EU's own.
OTHER_BODY_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?!European\b|EU\b)[A-Z]")
# A known name starting with one of these generic words, right after another capitalised word,
# is the tail of a longer name we do not know ("Georgia General Assembly", "World Congress").
GENERIC_FIRST_WORDS = WORDS["generic_first_words"]
LINE_OPENERS = WORDS["line_openers"]
# Capitalised words that may stand before a known name without making it another one.
QUALIFIERS = frozenset({"The", "EU", "UN", "U.N.", "US", "U.S.", "UK", "AU", "European", "United"})
# A named body's name may go on with a tail: "Agency for Development and Cooperation".
TAIL_STARTERS = frozenset({"for", "on", "of", "against"})
TAIL_JOINERS = frozenset({"and", "&", "of", "for", "on"})
# Names whose bracketed acronym defines no alias: "the EU", the letters' own polity, is not counted as
# an organisation (the seed's gold), though the name in full is (organisations.jsonl).
NOT_ORGANISATIONS = frozenset({"European Union"})
# Councils that a later bare "the Council" does not refer back to.
NOT_ANTECEDENT_COUNCILS = frozenset({EU_COUNCIL, "European Council"})
# Last words of a legal act named after a body ("Department of State, Foreign Operations, and
# Related Programs Appropriations Act"): the whole name is the act's, not an institution's.
INSTRUMENT_WORDS = WORDS["instrument_words"]
# Heads that make a body only with a tail: "the Regional Support Office of the Bali Process" is
# an office, "the Legal Gateway Office" may be a programme; "the Chamber of Deputies" and
# "the Chamber of Commerce" are bodies, "the Lower Chamber" a parliament's half.
TAILED_HEADS = frozenset({"Office", "Chamber"})
# Peace and support missions are named after the body that deploys them ("UN Stabilization
# Mission in Haiti", "EU Training Mission in Mali"), often with a French acronym (MINUSTAH).
MISSION_HEADS = frozenset({"Mission", "Force", "Operation", "Office"})
MISSION_OWNERS = frozenset({"UN", "U.N.", "EU", "AU", "OSCE", "NATO", "United", "European", "African"})
MISSION_OWNER_NAMES = frozenset({"United Nations", "European Union", "African Union"})
# Short and full names of owners that bodies' names begin with, lower-cased.
OWNER_SHORT_NAMES = (("un ", "united nations "), ("eu ", "european union "), ("au ", "african union "))
# A government unit named remit first ("Defense Department") is the one the data names head first
# ("Department of Defense"), lower-cased.
REMIT_FIRST_HEADS = ("department", "ministry")
# The words of a body's name on a letterhead line whose initials the text may use for it ("ATLANTIS WATER AUTHORITY").
MIN_LETTERHEAD_NAME_WORDS = 3
MAX_LETTERHEAD_NAME_WORDS = 6
# Links inside a name that a full acronym spells too ("MOFA": Ministry of Foreign Affairs).
SPELLED_LINKS = frozenset({"of", "for"})
# Organs named after the body they serve, before "of the" and its name ("Presidency of the Council of Ministers").
SERVING_ORGAN_HEADS = frozenset({"Presidency", "Secretariat"})
MISSION_TAIL_STARTERS = frozenset({"in", "to", "for", "of"})
MISSION_TAIL_JOINERS = frozenset({"of", "the", "and", "in", "for", "d'", "-"})
# A national department named with its country after its remit ("Citizenship and Immigration
# Canada", "Public Safety Canada", "Statistics Norway", "Immigration New Zealand"): the remit
# words, and the adjectives among them that cannot end the remit ("Global Canada").
REMIT_WORDS = WORDS["remit_words"]
# Remit nouns whose object follows "in" inside the name ("Working Party on Trade in Services").
REMIT_IN_NOUNS = WORDS["remit_in_nouns"]
REMIT_PLACE_ADVERBS = WORDS["remit_place_adverbs"]
REMIT_ADJECTIVES = frozenset({"Global", "Public", "Social", "Natural", "Foreign", "Border"})
REMIT_JOINERS = frozenset({"and", "&", ","})
# Bodies named head first in Spanish, Italian, Portuguese or French ("Guardia Civil", "Policía
# Nacional", "Guardia di Finanza", "Garde Républicaine"): as the letter writes them, unless the
# data knows their English name.
FOREIGN_HEADS = WORDS["foreign_heads"]
SENTENCE_CASE_HEADS = WORDS["sentence_case_heads"]
# What closes a sentence-case name whose last words are in lower case: a bracket, a stop, a line's end.
SENTENCE_CASE_CLOSERS = frozenset({"(", ")", ",", ";", ":", "."})
# Cabinet officers and the body each acts for, when the data knows it: the title's remit fills the
# body's name ("Secretary of Commerce" → "Department of Commerce"). Not "Secretary of State for ..."
# (a British minister's title).
OFFICE_HOLDERS = (
    (
        re.compile(r"\bSecretary of (?P<remit>(?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})(?! for\b)"),
        "Department of {}",
    ),
    (re.compile(r"(?<=\bthe )(?P<remit>(?:United States|U\.S\.) Trade Representative)\b"), "Office of the {}"),
)
# "the Coalition" after "the Global Coalition to Defeat ISIS": heads that name a body again.
SHORT_ALIAS_HEADS = WORDS["short_alias_heads"]
# Words after "the <Head>" that make it the start of another name ("the Coalition for ...").
NAME_GOES_ON = frozenset({"of", "for", "on", "to", "against", "in"})
# The same officer named by the remit before the title ("Commerce Secretary Gina Raimondo",
# "Treasury Secretary Yellen", "Homeland Security Secretary"): the longest known remit ending there.
TITLE_AFTER_REMIT = re.compile(r"\b(?P<remit>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) Secretary\b")
REMIT_BODY_TEMPLATES = ("Department of {}", "Department of the {}")
# "State Secretary" is a junior minister's title in Europe; the US officer is the "Secretary of State".
NOT_REMITS_BEFORE_TITLE = frozenset({"State"})
# Words of violence and security that let an armed group's bare acronym stand for the group.
ARMED_GROUP_CUES = WORDS["armed_group_cues"]
# Words that join two capitalised words inside a name in its own language ("Depositi e Prestiti").
FOREIGN_JOINERS = frozenset({"e", "et", "y"})
# Prepositions and articles inside such a name ("Agencia ... para el Desarrollo", "Istituto per la ...").
FOREIGN_PARTICLES = frozenset({"para", "per", "pour", "el", "la", "il", "lo", "le", "los", "las", "les"})
# "Banca d'Italia": an elided article or link before a capitalised word is a word of the name.
FOREIGN_ELIDED = re.compile(r"[dl][’'][A-ZÀ-Ý]\w+")
# Armed and terrorist groups the data does not know, named beside a cue word: "the terrorist group
# Jaysh al-Adl", "the Kata'ib Sayyid al-Shuhada militia". A group's name is capitalised words,
# joined by the Arabic article and particles its transliteration keeps.
GROUP_NAME = r"[A-Z][\w’'.]*(?:(?:[ \t]|-)(?:(?:al|el|ad|ash|as|an|ar|bin|wa|wal|ul)(?:-|[ \t]))?[A-Z0-9][\w’'.]*){0,5}"
GROUP_CUE_BEFORE = re.compile(
    r"\b(?:terrorist|militant|armed|rebel|insurgent|extremist|jihadist|paramilitary)[ \t]+"
    r"(?:group|organi[sz]ation|movement|network)s?,?[ \t]+(?:known[ \t]+as[ \t]+|called[ \t]+)?(?:the[ \t]+)?"
    rf"(?P<name>{GROUP_NAME})"
)
GROUP_CUE_AFTER = re.compile(
    rf"\b(?:the|by|of|against|with|and|from)[ \t]+(?P<name>{GROUP_NAME})[ \t]+"
    r"(?:militias?|militants|rebels|insurgents|(?:terrorist|armed|militant|rebel)[ \t]+(?:group|organi[sz]ation)s?)\b"
)

# A coalition named after the state that leads it: "the Saudi-led Coalition", "the U.S.-led coalition".
LED_COALITION = re.compile(r"\b(?P<name>[A-Z][\w.]*(?:-[A-Z][\w.]*)?-led[ \t]+[Cc]oalition)\b")

# Companies and other bodies named without a determiner, by general cues (fact sheets name many):
# a capitalised word of a name, and a name of up to five of them.
_NAME_WORD = r"(?:[A-Z][\w’'&]*\.?(?:[A-Z]\.)*|[A-Z]{2,})(?:-[A-Z]?[\w’'&]+)*"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,4}}"
# Firms' legal forms whose inner stops the tokenizer would split ("S.p" "." "A."), ending a sentence in them.
DOTTED_LEGAL_FORMS = ("S.p.A.", "S.r.l.")
# A legal form or a body's head ends the name: "TechMet Limited", "Columbia Sportswear Company".
_LEGAL_FORMS = (
    r"(?:Company|Limited|Ltd\.?|Inc\.|Inc(?=[ \t]*\()|LLC|LLP|Corporation|Corp\.|Group|PLC|GmbH|S\.A\.|Foundation|Cooperative|"
    # The Italian, Dutch and Belgian forms: "Rossi Impianti S.p.A.", "Acme Holding B.V.".
    + "|".join(map(re.escape, DOTTED_LEGAL_FORMS))
    + r"|B\.V\.|N\.V\.|"
    # South Asian and other common-law forms and a contract's joint venture: "Everest Builders Pvt. Ltd.",
    # "Delta Harbour Engineering Co. Ltd.", "Kosi–Rapti Construction JV", "Alpha–Beta Joint Venture".
    r"Co\.|Pvt\.?|Pte\.?|JV|Joint[ \t]+Venture|"
    # The heads firms are named by: "ICICI Bank", "Global Infrastructure Partners", "Hexa Capital
    # Consultancy", "Aruna Global Technologies".
    r"Bank|Partners|Holdings|Ventures|Technologies|Consultancy|Consulting|Renewables|Healthcare|"
    r"Pharmaceuticals|Airlines|Airways|Industries|Enterprises|Philanthropies|"
    # The Nordic legal forms: "Nordvest Nett AS", "Fjernvarme Syd A/S", "Nordic Steel Oyj", "Vatten AB".
    r"A/S|ASA|AS|ApS|AB|Oyj|Oy|"
    # The legal forms that end a company's name and nothing else (`company_name_endings`), longest first so that
    # "Bhd." keeps its stop.
     + "|".join(map(re.escape, sorted(WORDS["company_name_endings"], key=lambda form: (-len(form), form)))) + ")"
)
LEGAL_FORM = re.compile(_LEGAL_FORMS)
# The legal forms that end a company's name and nothing else, also after a comma ("ESS Tech, Inc"):
# "Lakeside Ferry Operators Ltd (LFO)" is a body.
# The list's own forms are those no other rule above names (Malaysia's and Indonesia's), so one word file holds them.
COMPANY_ENDINGS = (
    frozenset({"Limited", "Ltd", "Ltd.", "PLC", "Plc", "Inc", "Inc.", "LLC", "LLP", "GmbH", "Corp."})
    | WORDS["company_name_endings"]
)
# The last words a name its acronym defines may close on: a body's head or a company's legal form.
ACRONYM_NAME_HEADS = ORG_HEADS | COMPANY_ENDINGS
# "... Bank of China (Argentina) S.A.": a firm's affiliate, its country in brackets, then its legal form.
COUNTRY_AFFILIATE = re.compile(
    r"[ \t]*\((?P<place>[A-Z][\w'’. -]{1,40})\)[ \t]+(?:S\.A\.(?:U\.)?|Ltd\.?|Limited|PLC|Plc|Inc\.|LLC|GmbH|S\.p\.A\.|B\.V\.|N\.V\.|AG|SA)(?![\w-])"
)
# A firm's word may join two names by an en dash too, as partners of a joint venture do ("Kosi–Rapti").
_FIRM_WORD = r"(?:[A-Z][\w’'&]*\.?(?:[A-Z]\.)*|[A-Z]{2,})(?:[-–][A-Z]?[\w’'&]+)*"
COMPANY_SUFFIX = re.compile(
    # "ESS Tech, Inc (ESS)": a comma may stand before the legal form.
    rf"(?P<name>{_FIRM_WORD}(?:[ \t]+(?:&[ \t]+)?{_FIRM_WORD}){{0,4}}?"
    rf"(?:,[ \t]+(?:{alternation(COMPANY_ENDINGS)})(?![\w-])|[ \t]+{_LEGAL_FORMS})"
    rf"(?:[ \t]+{_LEGAL_FORMS})*)(?![\w-])"  # "Shoals Technologies Group": the last head ends it
)
# "the Water and Sewerage Company Inc.": after "the", "and" joins two words of one company's name (without
# it, "Microsoft and Acme Corp." are two).
COMPANY_JOINED = re.compile(
    rf"(?<=\bthe[ \t])(?P<name>{_NAME_WORD}[ \t]+and[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}?"
    rf"[ \t]+{_LEGAL_FORMS}(?:[ \t]+{_LEGAL_FORMS})*)(?![\w-])"
)
# A legal form that opens the name: Indonesia's "PT Perusahaan Listrik Negara", "Grupo Cadelga",
# "Banco Atlántida".
COMPANY_PREFIX = re.compile(rf"(?<![\w-])(?P<name>(?:PT|Grupo|Groupe|Banco|Banque)[ \t]+{_NAME})")
# A company named after what it is: "Malaysian energy company Petronas", "electric vehicle
# manufacturer VinFast", "the distribution utility, PT PLN", "a decarbonization platform, Serentica".
COMPANY_DESCRIBED = re.compile(
    r"\b(?:company|firm|manufacturer|utility|lender|operator|start-?up|conglomerate|retailer|"
    rf"producer|insurer|fintech|platform|distributor|exporter|carmaker|automaker),?[ \t]+(?P<name>{_NAME})"
)
# A body that carries out what the letter funds: "a programme implemented by Engagement Global and the
# GIZ", "an incentive fund, managed by Resonance".
AGENT_PARTY = re.compile(
    r"\b(?:implemented|managed|administered|executed|operated)[ \t]+by[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_NAME})(?:[ \t]+and[ \t]+(?:the[ \t]+)?(?P<other>{_NAME}))?"
)
# A body that money goes to or comes from: "a $100 million trade loan to ICICI Bank", "financing
# for Africell", "$1.5 million from Microsoft", "a $400 million investment in Optic Marine Services".
MONEY_PARTY = re.compile(
    r"(?:\b(?:financing|loan|grant|investment|guarantee|funding|credit[ \t]+line)s?[ \t]+(?:to|for|in|into|from)|"
    # "a $100 million transaction with Mirova SunFunder": the other party of a deal.
    r"\$[\d.,]+(?:[ \t]+(?:million|billion))?[ \t]+transaction[ \t]+with|"
    # A sum comes from a body; a sum "to" or "for" a name is as often for a place or a purpose
    # ("A$60 million to Port Moresby", "$305 million for Non-Intrusive Inspection Systems").
    r"\$[\d.,]+(?:[ \t]+(?:million|billion))?[ \t]+from|"
    # ... unless awarded, granted or lent: "Argidius has awarded $1 million to Multiverse and Earth University".
    r"(?:awarded|granted|lent|loaned|donated)[ \t]+\$[\d.,]+(?:[ \t]+(?:million|billion))?[ \t]+to)"
    rf"[ \t]+(?P<name>{_NAME})(?:[ \t]+and[ \t]+(?P<other>{_NAME}))?"
)
# Names listed with commas ("A, B, C, and D" or "A, B, C, and many others"): bare names listed with
# an organisation are organisations (``_list_mates``).
NAME_LIST = re.compile(
    rf"(?<![\w’'-]){_NAME}(?:,[ \t]+(?:and[ \t]+)?{_NAME}){{2,}}(?![\w-])|(?<![\w’'-]){_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+(?:and|&)[ \t]+{_NAME}(?![\w-])"
)
# Words before a list that make it part of a name ("of State, Foreign Operations, and ..."), a
# person's ("von der Leyen, ...") or places ("in Bali, Indonesia, ...").
LIST_BREAKERS = frozenset(
    {"of", "for", "on", "in", "at", "von", "van", "der", "de", "da", "di", "al", "bin", "la", "le"}
)
# A body that owns a business asset: "HDF Energy’s investment", "LG Energy Solution’s global green
# bond", "Telstra’s acquisition of Digicel Pacific’s telecom assets".
_OWNED_ASSET = (
    r"(?:’s|'s|’|')[ \t]+(?:[a-z][\w-]*[ \t]+|[A-Z]{2,}[ \t]+){0,4}?"
    r"(?:investments?|loans?|grants?|bonds?|acquisitions?|plants?|ventures?|assets|subsidiar(?:y|ies)|factory|factories)\b"
)
ASSET_OWNER = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME}){_OWNED_ASSET}")
# Two firms of two words or more joined by "&" own an asset together ("General Motors & Samsung SDI’s
# plant"); "Johnson & Johnson" is one.
JOINT_OWNERS = re.compile(r"(\S+[ \t]+\S+.*?)[ \t]+&[ \t]+(\S+[ \t]+\S+.*)")
# A company named by its executives' titles: "Chairman and CEO of BlackRock Larry Fink", "CFO of
# Alphabet and Google Ruth Porat": the name (or two joined by "and"), then the person's two names.
_EXECUTIVE = (
    r"(?:Co-)?(?:CEO|C[FIOT]O|Chief[ \t]+[A-Z][a-z]+[ \t]+Officer|Chair(?:man|woman|person)?|Executive[ \t]+Chair|"
    r"(?:Co-)?Founder|Founding[ \t]+Partner|Managing[ \t]+(?:Partner|Director)|General[ \t]+Manager)"
)
_LAZY_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,4}}?"
EXECUTIVE_OF = re.compile(
    rf"\b{_EXECUTIVE}[ \t]+of[ \t]+(?P<name>{_LAZY_NAME})(?:[ \t]+and[ \t]+(?P<other>{_LAZY_NAME}))?"
    r"(?:[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][\w'’-]+)?(?=[ \t]*(?:[;,.]|$)|[ \t]+and[ \t])",
    re.MULTILINE,
)
# "the company "Al-Amal for General Trading"": a firm's name in quotes after the word for it, with its lower-case words.
COMPANY_QUOTED = re.compile(r"\b(?:company|firm)[ \t]+[“\"](?P<name>[A-Z][^\"”\n]{1,80}?)[”\"]")
# "Cosami, a savings and loan cooperative", "Viamericas, a U.S. company": a name, then what it is.
_APPOSED_KIND = (
    r",[ \t]+(?:a|an|the)[ \t]+(?:[\w.’'-]+[ \t]+){0,5}?"
    r"(?:company|firm|platform|start-?up|cooperative|bank|lender|provider|manufacturer|retailer|"
    r"non-?profit|foundation|charity|investor|conglomerate|producer|operator|insurer|enterprise)\b"
)
COMPANY_APPOSITION = re.compile(rf"(?P<name>{_NAME}){_APPOSED_KIND}")
# "the works contractor, Acme Engineering International, reports": what a firm is, then its name.
KIND_THEN_COMPANY = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?:consultant|contractor|company|firm|operator|supplier|manufacturer|lender)[ \t]*,[ \t]+"
    rf"(?P<name>{_NAME})(?=[ \t]*,)"
)
# At the start of a line or a sentence, a name that commits money: "- Millicom has committed to invest".
COMMITTING_SUBJECT = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.;:][ \t])|(?<=To date,[ \t]))(?:[-•*][ \t]+)?(?P<name>{_NAME})"
    r"(?:[ \t]+\([A-Z][\w-]*\))?(?:,[^,.;\n]{3,90},)?[ \t]+(?:(?:has|have|had|also)[ \t]+){0,2}"
    r"(?:committed|pledged|invested|contributed|awarded|donated|mobili[sz]ed|announced|provided|signed|"
    r"launched|helped|highlighted|will[ \t]+(?:invest|provide|commit|contribute|fund|donate)|"
    r"(?:is|are)[ \t]+(?:investing|providing|committing|contributing))\b",
    re.MULTILINE,
)
# A name listed with the other members of its kind: "Equinor and the other operators on the shelf", "Acme and other
# lenders".
_AND_OTHERS_OF_KIND = (
    r"and[ \t]+(?:the[ \t]+)?other[ \t]+"
    r"(?:operators|companies|firms|producers|suppliers|lenders|banks|manufacturers|insurers|utilities|shippers)\b"
)
COMPANY_AND_OTHERS = re.compile(rf"(?<![\w’'.-])(?P<name>{_NAME})[ \t]+{_AND_OTHERS_OF_KIND}")
# What every match of a company pattern holds after its name, searched for first: most letters hold none of
# these, while a scan for the whole pattern tries a name at every capital (the same matches, fewer scans).
COMPANY_REQUIRED_PARTS = {
    COMPANY_SUFFIX: re.compile(rf"{_LEGAL_FORMS}|Inc"),  # a legal form, or "Inc" after a comma
    COMPANY_APPOSITION: re.compile(_APPOSED_KIND),
    ASSET_OWNER: re.compile(_OWNED_ASSET),
    COMPANY_AND_OTHERS: re.compile(_AND_OTHERS_OF_KIND),
}
# A name that says something of itself: "an announcement by Kinder Morgan Canada that it has suspended ...".
BODY_SAYING_IT = re.compile(rf"\bby[ \t]+(?P<name>{_NAME})[ \t]+that[ \t]+it[ \t]")
# Names listed after a plural kind of body: "organizations, such as the Black Coalition Against COVID,
# LeadingAge, AARP, and the National Council of Aging"; each item is a body of that kind.
KIND_THEN_LIST = re.compile(
    r"\b(?:organi[sz]ations|companies|firms|corporations|institutions|foundations|NGOs|non-?profits|"
    r"universities|banks|associations|employers|retailers|manufacturers|insurers|lenders|charities),?[ \t]+"
    r"(?:such[ \t]+as|including|like)[ \t]+"
)
LISTED_ITEM = re.compile(rf"(?:the[ \t]+)?(?P<name>{_NAME})(?P<sep>,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)?")
# A name ending in a continent's name is an initiative's more often than a company's ("Prosper Africa").
CONTINENTS = frozenset({"Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Pacific", "Caribbean"})
# Words that make such a name a person's or a generic one: titles, and the few capitalised words
# that open a sentence without naming anyone.
NOT_COMPANY_WORDS = frozenset(
    {"President", "Vice", "Secretary", "Minister", "Administrator", "Ambassador", "Governor", "Senator",
     "Mr.", "Ms.", "Mrs.", "Dr.", "They", "We", "It", "This", "These", "Those", "Each", "Both", "All",
     "Together", "Collectively", "Partners", "Donors", "Governments", "Countries", "Companies", "Working",
     "Contact", "Expert", "Steering", "Task", "Advisory", "Consultative", "Core", "Action", "Friends",
     "Administration", "Government", "Representative", "NGO", "CSO", "SME", "MSME"}
)  # fmt: skip


# A name ending in an instrument's or an event's head is a programme or an event, not a company:
# "The Compact will fund", "The MOU signed", "The Summit announced".
_PROGRAMME_DATA = read_jsonl_by_kind("programmes.jsonl")
# Offices whose genitive opens a body's name ("the President’s Advisory Council on ...").
OFFICE_GENITIVES = frozenset(r["text"] for r in _PROGRAMME_DATA.get("office_genitive", []))
# The kinds of a state's local units ("Province", "District"): "Eastern Province" after a body's comma is a place.
LOCAL_UNITS = frozenset(r["text"] for r in _PROGRAMME_DATA["owner_unit"])
# Heads of bodies and of instruments alike; after a launch cue the name is an instrument's.
LAUNCHED_HEADS = WORDS["launched_heads"]
LAUNCH_CUE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|relaunched|creat(?:ed|es|ion)|establish(?:ed|es|ment))[ \t]+(?:of[ \t]+)?"
    r"(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:new[ \t]+)?$"
)
# Verbs that open a name's aim after "to" ("Task Force to Combat ..."), the programmes' data.
PURPOSE_VERBS = frozenset(r["text"] for r in _PROGRAMME_DATA["purpose_verb"])
PROGRAMME_HEADS = frozenset(r["text"] for kind in ("head", "event") for r in _PROGRAMME_DATA[kind]) | {"MOU", "MoU"}
# "Global Infrastructure Partners": a word that is generic alone may end a firm's name.
COMPANY_LAST_WORDS = frozenset({"Partners"})
PARTNER_CLASS_WORDS = WORDS["partner_class_words"]
# A heading is a short line; longer ones are text.
HEADING_MAX_WORDS = 16
# Titles before a person's name: a word named after one is a person's ("President Biden ... Biden announced").
HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr", "Sir", "Dame", "Mr.", "Ms.", "Mrs.", "Dr."})
PERSON_TITLES = NOT_COMPANY_WORDS | ROLE_WORDS | HONORIFICS | read_word_sets("person_words.tsv")["titles"]
# Words that end the remits joined before "... and ... Company/Corporation": a body's head or a person's title.
NON_REMIT_WORDS = ORG_HEADS | NAMED_BODY_HEADS | PERSON_TITLES


def _in_heading(text: str, offset: int) -> bool:
    """Whether the offset lies in a heading: a line of capitalised words with no closing stop, or
    the run-in heading before a colon that opens a line ("Scaling of Agricultural Technologies:")."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    head, colon, _ = line.partition(":")
    if colon and offset - start <= len(head) and len(head.split()) <= HEADING_MAX_WORDS:
        return True
    words = [w for w in line.split() if w.lower() not in STOP_WORDS]
    return (
        len(line.split()) <= HEADING_MAX_WORDS
        and not line.endswith((".", ",", ";"))
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
    )


def _opens_sentence(token) -> bool:
    """Whether a token opens a sentence, not a legal form after an abbreviated one ("Pvt. Ltd.", "Co. Ltd.")."""
    return token.is_sent_start and not LEGAL_FORM.fullmatch(token.text)


def _title_line(text: str, offset: int) -> bool:
    """Whether the line at offset is a short line with no closing stop: a heading, not a sentence."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line.split()) <= HEADING_MAX_WORDS and not line.endswith((".", ",", ";", ":"))


def _label_word(doc: Doc, i: int, common: frozenset[str]) -> bool:
    """Whether token i is a decision's label before its colon, a participle the letter also writes in lower case:
    "... credit line to Ardshininvestbank / Approved: USD 10 million" opens the next line's text, no part of the
    name ("Optic Marine Services: a provider ..." keeps its noun; "Acme Limited:" its legal form)."""
    word = doc[i].text
    return (
        i + 1 < len(doc)
        and doc[i + 1].text == ":"
        and doc[i].lower_ in common
        and word.endswith("ed")
        and not re.fullmatch(_LEGAL_FORMS, word)
    )


def _not_a_party(doc: Doc, span: Span, common: frozenset[str]) -> bool:
    """Whether a name after "loan to", "$5 million for" is no body: a modifier of a noun ("African
    businesses", "Latino-owned firms"), a fiscal year ("FY 2023"), a group of countries ("LIC/LMICs",
    "HSIs"), or words the letter writes in lower case too ("investment in Clean Energy")."""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (
        (after.is_lower and after.is_alpha and after.lower_ not in STOP_WORDS) or after.like_num or after.text == "/"
    ):
        return True
    if any("-" in w and w.split("-")[-1].lower().endswith(("ing", "ed")) for w in span.text.split()):
        return True  # "Latino-owned", "Hispanic-Serving"
    last = span[-1].text
    if last[:-1].isupper() and last.endswith("s"):
        return True  # "HSIs": a plural acronym names a kind
    return all(t.lower_ in common or not t.is_alpha for t in span)


def _titled_names(doc: Doc) -> frozenset[str]:
    """Capitalised words that follow a title somewhere in the letter: persons' names (found once per Doc)."""
    # Three rules ask for them; each would walk the whole letter again.
    if TITLED_NAMES_KEY not in doc.user_data:
        doc.user_data[TITLED_NAMES_KEY] = _find_titled_names(doc)
    return doc.user_data[TITLED_NAMES_KEY]


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the letter writes in lower case somewhere (found once per Doc)."""
    if LOWER_WORDS_KEY not in doc.user_data:
        # The lexemes' flags read as arrays: a Token object a word made this set cost a walk of the whole letter.
        flags = doc.to_array(["IS_LOWER", "IS_ALPHA", "ORTH"]).reshape(-1, 3)
        orths = set(flags[(flags[:, 0] != 0) & (flags[:, 1] != 0), 2].tolist())
        doc.user_data[LOWER_WORDS_KEY] = frozenset(doc.vocab.strings[orth] for orth in orths)
    return doc.user_data[LOWER_WORDS_KEY]


def _find_titled_names(doc: Doc) -> frozenset[str]:
    names = set()
    for i in indices_of(doc, PERSON_TITLES):  # the titles found with numpy, not by a walk of every token
        if i == len(doc) - 1:
            continue
        token = doc[i]
        for t in doc[token.i + 1 : token.i + 4]:  # "Vice President Kamala Harris": up to three names
            if not (t.is_title and t.is_alpha):
                break
            if t.text not in PERSON_TITLES:
                names.add(t.text)
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def organisation_records() -> list[dict]:
    """The organisation records of the data file."""
    return list(read_jsonl(DATA_FILE))


@functools.lru_cache(maxsize=1)
def organisation_kinds() -> frozenset[str]:
    """Every kind the data file gives its records."""
    return frozenset(record["kind"] for record in organisation_records())


def kind_spellings(
    kinds: Iterable[str], *, aliases: bool = False, acronyms: bool = False, lower_names: bool = False
) -> frozenset[str]:
    """The spellings of the data's organisations of these kinds: their canonical names (lower case if asked),
    and their aliases and acronyms if asked, as the data writes them."""
    wanted = frozenset(kinds)
    return frozenset(
        spelling
        for record in organisation_records()
        if record["kind"] in wanted
        for spelling in (
            record["name"].lower() if lower_names else record["name"],
            *(record.get("aliases", []) if aliases else ()),
            *(record.get("acronyms", []) if acronyms else ()),
        )
    )


# Named views of the table by kind, one a question the rules ask of a name.
@functools.lru_cache(maxsize=1)
def state_body_names() -> frozenset[str]:
    """The names of the bodies that belong to a state (kind national: ministries, agencies, a state's funds)."""
    return kind_spellings({NATIONAL_KIND})


@functools.lru_cache(maxsize=1)
def stateless_body_names() -> frozenset[str]:
    """The names of the bodies that belong to no state: every kind but national (international and UN bodies,
    the EU's, groupings, NGOs, armed groups)."""
    return kind_spellings(organisation_kinds() - {NATIONAL_KIND})


@functools.lru_cache(maxsize=1)
def intergovernmental_spellings() -> frozenset[str]:
    """The names, aliases and acronyms of the international and UN bodies, as written: bodies of states that
    count in US dollars (the UN, the development banks and funds)."""
    return kind_spellings(INTERGOVERNMENTAL_KINDS, aliases=True, acronyms=True)


@functools.lru_cache(maxsize=1)
def member_state_body_names() -> frozenset[str]:
    """The names (lower case) and acronyms of the international bodies, neither the UN's nor the EU's: bodies whose
    members are states and call them "Member States"."""
    return kind_spellings({INTERNATIONAL_KIND}, lower_names=True, acronyms=True)


def _head_remits(index: dict[str, str], head: str) -> tuple[tuple[str, str], ...]:
    """(name, remit) of each known body named "<head> of <remit>" under its own name, in the index's order: the
    remit lower-cased, without its "the"."""
    return tuple(
        (name, name[len(head) + 4 :].lower().removeprefix("the "))
        for phrase, name in index.items()
        if name.startswith(f"{head} of ") and phrase == name.lower()
    )


@functools.lru_cache(maxsize=None)
def _author_remit_patterns(name: str, remit: str) -> tuple[re.Pattern, re.Pattern]:
    """What an author's line must hold to be the body ``name`` of ``remit``: its name or "of|for <remit>" not
    followed by another "for"/"of" ("Secretary of Homeland Security"; not "Secretary of State for the Home
    Department"), and the remit as whole words. Compiled once a name."""
    return (
        re.compile(rf"(?:\b{re.escape(name.lower())}\b|\b(?:of|for) {re.escape(remit)}\b(?!\s+(?:for|of)\b))"),
        re.compile(rf"\b{re.escape(remit)}\b"),
    )


def _author_has_members(doc: Doc) -> bool:
    """Whether the letterhead names an international body other than the EU ("BLACK SEA TRADE AND DEVELOPMENT BANK"):
    the bare "Member States" of its text are its own. A text without a letterhead names its issuer in its first line."""
    author = str(doc.user_data.get(AUTHOR_KEY) or "") or doc_text(doc).split("\n", 1)[0]
    lines = [" ".join(line.split()) for line in author.splitlines()]
    # A letterhead's lines may be read as one ("BLACK SEA TRADE AND DEVELOPMENT BANK 1 Komninon Street, ..."): the
    # body's name opens its line.
    for line in lines:
        lowered = line.lower()
        for name, pattern, upper in _member_state_body_patterns():
            read = line if upper else lowered
            if read.startswith(name) and pattern.match(read):
                return True
    return False


@functools.lru_cache(maxsize=1)
def _member_state_body_patterns() -> tuple[tuple[str, re.Pattern, bool], ...]:
    """Each of `member_state_body_names` with its pattern (the name, then no word character or hyphen) and whether it
    is in capitals (read against the line as written, not lower-cased): compiled once, not once a line."""
    return tuple(
        (name, re.compile(rf"{re.escape(name)}(?![\w-])"), name.isupper()) for name in member_state_body_names()
    )


@functools.lru_cache(maxsize=1)
def eu_context_phrases() -> dict[str, str]:
    """The names and aliases of the records read only in an EU letter ("Parliament", "Council"), with
    the words the letter must name for each to be read ("" when none)."""
    return {
        phrase: record.get("requires", "")
        for record in organisation_records()
        if record.get("context") == "eu"
        for phrase in (record["name"], *record.get("aliases", []))
    }


@functools.lru_cache(maxsize=1)
def record_countries() -> dict[str, str]:
    """Canonical name -> the ISO code of the state a national body belongs to, where its name names none."""
    return {record["name"]: record["country"] for record in organisation_records() if record.get("country")}


@functools.lru_cache(maxsize=1)
def spelled_out_names() -> dict[str, str]:
    """Each body's aliases longer than its canonical name, lower case, with that name ("u.s. agency for international
    development" -> USAID): the names a letterhead spells out."""
    return {
        alias.lower(): record["name"]
        for record in organisation_records()
        for alias in record.get("aliases", [])
        if len(alias) > len(record["name"])
    }


@functools.lru_cache(maxsize=1)
def canonical_index() -> dict[str, str]:
    """Lower-cased name, alias or acronym -> canonical name (for defined acronyms)."""
    index: dict[str, str] = {}
    for record in organisation_records():
        for phrase in [record["name"], *record.get("aliases", []), *record.get("acronyms", [])]:
            index.setdefault(phrase.lower(), record["name"])
    return index


@functools.lru_cache(maxsize=1)
def bodies_by_initials() -> dict[str, tuple[str, ...]]:
    """Initials -> the data's bodies whose name's capitals spell them ("ADB": the Asian and the African
    Development Bank)."""
    index: dict[str, list[str]] = {}
    for record in organisation_records():
        index.setdefault(capital_initials(record["name"].split()), []).append(record["name"])
    return {initials: tuple(names) for initials, names in index.items()}


def _acronyms_of_named_namesakes(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "ADB" in a letter that names the African Development Bank and not the Asian one: an acronym the data
    gives one body stands for the body, of the same initials, that the letter names in full."""
    text = doc_text(doc).lower()

    def named(name: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None

    out = []
    for start, end, name, rule in candidates:
        if rule == "organisation.acronym" and not named(name):
            namesakes = [b for b in bodies_by_initials().get(doc[start:end].text, ()) if b != name and named(b)]
            if len(namesakes) == 1:
                name = namesakes[0]
        out.append((start, end, name, rule))
    return out


# The rules of names found by a record's spelling, in the data or read as a body's name and looked up there.
ALIAS_RULES = frozenset({"organisation.name", "organisation.institution"})


@functools.lru_cache(maxsize=1)
def record_spellings() -> dict[str, tuple[str, ...]]:
    """Each record's name -> its name and aliases in lower case."""
    return {r["name"]: tuple(s.lower() for s in [r["name"], *r.get("aliases", [])]) for r in organisation_records()}


def _aliases_of_named_namesakes(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "Exim Bank" in a letter that names the Export-Import Bank of India in full, not the United States bank whose
    alias it is: a short alias stands for the one other body the letter names in full that has it as the head of one of
    its own spellings ("India Exim Bank"), as an acronym does (_acronyms_of_named_namesakes)."""
    text = doc_text(doc).lower()

    def named(name: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is not None

    def inside(short: str, spelling: str) -> bool:
        # As the head the spelling ends with ("India Exim Bank") or opens before its "of" ("Export-Import Bank of
        # India"), not as a word of another body's name ("the Red Cross" in the Federation of Red Cross ... Societies).
        return spelling.endswith(f" {short}") or spelling.startswith(f"{short} of ")

    spellings = record_spellings()
    out = []
    for start, end, name, rule in candidates:
        written = " ".join(doc[start:end].text.lower().split())
        # Only a short alias the data gives the body (two words or more), not a head read as it ("the Department").
        own = spellings.get(name, ())
        if rule in ALIAS_RULES and written in own[1:] and " " in written and not named(name):
            # The records' spellings first, a search of the letter only for the few that hold the alias.
            namesakes = [
                body
                for body, forms in spellings.items()
                if body != name and any(inside(written, form) for form in forms) and named(body)
            ]
            if len(namesakes) == 1:
                name = namesakes[0]
        out.append((start, end, name, rule))
    return out


def _presidencies_of_bodies(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """ "the Presidency of the Council of Ministers", "the General Secretariat of the Council of Ministers": the
    organ that serves a body the letter names by its members, a body of its own (a body the data knows, as the
    EU's Council, keeps its rotating presidency out)."""
    found = []
    for start, end, name, rule in candidates:
        if rule != "organisation.institution" or name != doc[start:end].text or start < 3:
            continue
        head = doc[start - 3]
        if doc[start - 2 : start].text != "of the" or head.text not in SERVING_ORGAN_HEADS:
            continue
        first = head.i - 1 if head.i > 0 and doc[head.i - 1].text == "General" else head.i
        if first > 0 and doc[first - 1].is_title and doc[first - 1].lower_ not in DETERMINERS:
            continue  # "the Hungarian Presidency of the ...": a state's turn in the chair, not a body
        found.append((first, end, doc[first:end].text, "organisation.institution"))
    return found


def _spelled_with_links(name: Span, letters: list[str]) -> bool:
    """Whether an acronym spells every word of a name, "of" and "for" too, which "and the" runs through: "Ministry
    of Agriculture and the Rural Economy (MOARE)" is one body's name, "Afreximbank and the African Union (AU)" two."""
    initials = [t.text[0].upper() for t in name if t.is_title or t.is_upper or t.lower_ in SPELLED_LINKS]
    return len(letters) > MIN_ACRONYM_LENGTH + 1 and initials == letters


def _author_by_initials(doc: Doc, candidates: list[Candidate], author: str) -> list[Candidate]:
    """ "AWA" in a memorandum under the letterhead "ATLANTIS WATER AUTHORITY": the initials of the body whose
    letterhead the text stands under, used in its body, are that body."""
    taken = {i for c in candidates for i in range(c[0], c[1])}
    found = []
    for line in author.splitlines():
        words = line.split()
        if not (MIN_LETTERHEAD_NAME_WORDS <= len(words) <= MAX_LETTERHEAD_NAME_WORDS and line.isupper()):
            continue
        if not all(w.isalpha() for w in words) or words[-1].title() not in NAMED_BODY_HEADS:
            continue
        initials = "".join(w[0] for w in words if w.lower() not in BODY_NAME_PARTICLES)
        name = natural_case(" ".join(words), particles=BODY_NAME_PARTICLES)
        for i in indices_of(doc, {initials}):
            if i not in taken:
                found.append((i, i + 1, name, "organisation.name"))
    return found


def _in_office_title(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` ends an officer's title ("Secretary of State for the Home Department")."""
    return doc[max(0, start - 2) : start].text.lower() == "for the" and doc[max(0, start - 3)].text in (
        ROLE_WORDS | {"State"}
    )


def canonical_name(index: dict[str, str], text: str) -> str | None:
    """The data's name for a phrase, also when it writes "UN" for "United Nations" or back."""
    lowered = " ".join(text.lower().split()).replace("u.n. ", "un ")
    if lowered in index:
        return index[lowered]
    for short, full in OWNER_SHORT_NAMES:
        for a, b in ((short, full), (full, short)):
            if lowered.startswith(a) and b + lowered[len(a) :] in index:
                return index[b + lowered[len(a) :]]
    remit, _, head = lowered.rpartition(" ")
    for head_first in (f"{head} of {remit}", f"{head} of the {remit}") if head in REMIT_FIRST_HEADS and remit else ():
        if head_first in index:
            return index[head_first]
    return None


def _skips_one(initials: list[str], letters: list[str]) -> bool:
    """Whether an acronym spells the initials but one inner word's ("SDC": Swiss Agency for D. C.)."""
    if len(letters) < MIN_ACRONYM_LENGTH or len(initials) != len(letters) + 1:
        return False
    if initials[0] != letters[0] or initials[-1] != letters[-1]:
        return False
    return any(initials[:i] + initials[i + 1 :] == letters for i in range(1, len(initials) - 1))


def _closes_list(doc: Doc, j: int, limit: int) -> bool:
    """Whether capitalised words from ``j`` run on to "and <Capitalised>" (a listed remit)."""
    while j < min(limit, len(doc) - 1):
        if doc[j].lower_ == "and":
            return doc[j + 1].is_title
        if not ((doc[j].is_title and doc[j].is_alpha) or doc[j].text == ","):
            return False
        j += 1
    return False


MAX_CITY_WORDS = 3  # "Addis Ababa", "Kuala Lumpur", "Santo Domingo Este": a city after a body's comma


def _place_closes_line(doc: Doc, i: int, words: int = 1) -> bool:
    """Whether ``doc[i]`` opens up to ``words`` capitalised words, no remit's, that end their line or the
    text (an address's city: "cc: Ministry of Finance, Addis Ababa")."""
    if i >= len(doc) or not (doc[i].is_title and doc[i].is_alpha):
        return False
    while (
        words > 1
        and i + 1 < len(doc)
        and doc[i].whitespace_ == " "
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
        and doc[i].text not in REMIT_WORDS
        and doc[i + 1].text not in REMIT_WORDS
    ):
        i, words = i + 1, words - 1
    if i + 1 == len(doc):
        return True
    if doc[i].whitespace_ and doc[i + 1].text in ("–", "—") and doc[i + 1].whitespace_:
        return True  # "cc: Ministry of Finance, Quito – Directorate for Asia": the city, then the unit
    if not ("\n" in doc[i].whitespace_ or (doc[i + 1].is_space and "\n" in doc[i + 1].text)):
        return False
    k = i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k == len(doc) or not (doc[k].is_lower or doc[k].text == "&")  # "..., Employment\nand Social Affairs" goes on


def _next_is(token, word: str) -> bool:
    """Whether the token after ``token`` is ``word``."""
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == word


def _dashed_country_end(doc: Doc, head: int) -> int | None:
    """The end of a country named after a force's or a mission's head and a spaced dash ("Multinational Force -
    Iraq", "... Mission - Somalia"), where an acronym in brackets follows; None when there is none."""
    if doc[head + 1 : head + 2].text not in ("-", "–") or not doc[head].whitespace_:
        return None
    for width in range(MAX_COUNTRY_NAME_TOKENS, 0, -1):
        end = head + 2 + width
        if end < len(doc) and doc[head + 2 : end].text in country_table() and doc[end].text == "(":
            return end
    return None


def _runs_on_to_name(doc: Doc, k: int) -> bool:
    """Whether a foreign name's little words from token ``k`` (links, joiners, articles) lead to a capitalised
    word of it within four tokens ("et de la Francophonie")."""
    for t in doc[k : k + 4]:
        if t.lower_ in FOREIGN_LINKS | FOREIGN_JOINERS | FOREIGN_PARTICLES:
            continue
        return _foreign_name_word(t)
    return False


def _two_part_region(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` is the "and the" of one region named in two parts ("Asia and the Pacific", "Latin
    America and the Caribbean"), which goes on a body's name rather than opening another's."""
    return (
        0 < j
        and doc[j].lower_ == "and"
        and doc[j - 1].text in CONTINENTS
        and doc[j + 1 : j + 2].text == "the"
        and doc[j + 2 : j + 3].text in CONTINENTS
    )


def _remit_word_hyphen(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` is the glued hyphen of a remit's word right after its joiner ("and Co-operatives",
    "of Co-operation"), whose second half is in lower case; inside a longer name ("Economic Co-operation") it is not."""
    return (
        1 < j < len(doc) - 1
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j - 1].is_title
        and doc[j + 1].is_alpha
        and doc[j + 1].is_lower
        and doc[j - 2].lower_ in TAIL_JOINERS
    )


def _inner_joint(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` joins two capitalised words of one name: a glued hyphen or a possessive."""
    if not 0 < j < len(doc) - 1 or not doc[j + 1].is_title or doc[j + 1].text in ROLE_WORDS:
        return False
    glued = not doc[j - 1].whitespace_ and doc[j - 1].is_title
    if doc[j].text in ("-", "–"):  # "Dakar–Bamako Railway": an en dash joins two places' names too
        return glued and not doc[j].whitespace_
    # "People's Republic", "Women's Affairs": a plural's possessive describes, inside the name; a singular's
    # is an owner before another body ("the Department of Finance's International Finance Group").
    if doc[j].text in APOSTROPHES and doc[j - 1].text.endswith("s") and glued and bool(doc[j].whitespace_):
        return True  # "Ministry of Veterans' Affairs", "Council of Elders' Delegates": a plural's possessive
    return doc[j].text in ("'s", "’s") and doc[j - 1].text in PLURAL_POSSESSORS and bool(doc[j].whitespace_)


def _letter_place(doc: Doc, word: str) -> bool:
    """Whether ``word`` is the place the letter is dated from, in its date line or a dateline of the body."""
    return word == doc.user_data.get(LETTER_PLACE_KEY) or dateline_place(doc_text(doc), word)


def _is_letter_place(doc: Doc, text: str) -> bool:
    """Whether ``text`` is the letter's own place, also in capitals or with a stop ("OLDPORT.")."""
    place = text.rstrip(".")
    place = place.title() if place.isupper() else place
    return len(place.split()) <= MAX_CITY_WORDS and _letter_place(doc, place)


def _bare_head(doc: Doc, candidate: Candidate) -> bool:
    """Whether a found name is only an article and a body's head ("- The Bank is negotiating"): no name
    of its own, but the body named before with that head again, if any (short aliases)."""
    start, end, _, rule = candidate
    return (
        rule == "organisation.institution"
        and end - start == 2
        and doc[start].lower_ in DETERMINERS
        and doc[start + 1].text in SHORT_ALIAS_HEADS
    )


def _lone_heads_in_full(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A lone "the Gendarmerie" in a letter that names one "National Gendarmerie" elsewhere: that body."""
    found = []
    for start, end, norm, rule in chosen:
        if end - start == 1 and doc[start].text in LONE_BODY_HEADS:
            full = {c[2] for c in chosen if c[1] - c[0] > 1 and doc[start].text in doc[c[0] : c[1]].text.split()}
            norm = full.pop() if len(full) == 1 else norm
        found.append((start, end, norm, rule))
    return found


# "Red Cross and Red Crescent partners", "the Red Cross/Red Crescent Movement": the movement's two emblems,
# neither the International Committee of the Red Cross nor a body named "Red Crescent".
MOVEMENT_EMBLEMS = re.compile(r"Red[ \t]+Cross[ \t]*(?:and|&|/)[ \t]*Red[ \t]+Crescent")


def _without_movement_parts(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less any that lies inside the movement's two emblems named together."""
    spans = [(m.start(), m.end()) for m in MOVEMENT_EMBLEMS.finditer(doc_text(doc))]
    if not spans:
        return candidates
    return [
        c
        for c in candidates
        if not any(a <= doc[c[0]].idx and doc[c[1] - 1].idx + len(doc[c[1] - 1]) <= b for a, b in spans)
    ]


def _province_closes(doc: Doc, i: int) -> bool:
    """Whether a province's or state's name (subdivision_table) starts at ``doc[i]`` and ends the name there
    (no capitalised word follows): "Municipality of Loon, Bohol, ..." names where the place is."""
    subdivisions = subdivision_table()
    for width in range(MAX_COUNTRY_NAME_TOKENS, 0, -1):
        end = i + width
        if end > len(doc) or (end < len(doc) and doc[end].is_title):
            continue
        place = doc[i:end]
        # "Ministry of Roads, Eastern Province, ...": a place named with its kind of unit
        named_unit = width > 1 and place[-1].text in LOCAL_UNITS and all(t.is_title and t.is_alpha for t in place)
        if place.text in subdivisions or named_unit:
            return True
    return False


def _body_after_comma(doc: Doc, i: int) -> Optional[str]:
    """The rule (UNIT_AFTER_COMMA, UNIT_NAME_GOES_ON) by which capitalised words from token ``i`` run to an
    institution's word ("..., National Aid Agency"): another body's name, not more of the remit before the comma;
    None where they do not."""
    j = i
    went_on = False
    while j < len(doc) and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha:
        if doc[j].text in INSTITUTION_WORDS:
            return (UNIT_NAME_GOES_ON if went_on else UNIT_AFTER_COMMA) if j > i else None
        j += 1
        further = _unit_name_goes_on(doc, i, j)
        went_on, j = went_on or further > j, further
    # "Ministry of Energy, Grid Planning Unit (GPU)": a unit headed by a body's word where the words end
    if j > i + 1 and doc[j - 1].text in NAMED_BODY_HEADS:
        return UNIT_NAME_GOES_ON if went_on else UNIT_AFTER_COMMA
    return None


def _with_stop_rule(doc: Doc, candidate: Candidate) -> Candidate:
    """A body's name that a named rule ended (NAME_STOPS_KEY) with that rule recorded after its own."""
    start, end, name, rule = candidate
    stop = doc.user_data.get(NAME_STOPS_KEY, {}).get(end)
    return (start, end, name, f"{rule}:{stop}") if stop and rule == "organisation.institution" else candidate


def _unit_name_goes_on(doc: Doc, i: int, j: int) -> int:
    """Where a unit's capitalised name after a comma goes on past token ``j``: over "and" or "&" between two of its
    words before its head ("Asia and Pacific Bureau") or a hyphen inside a word ("Co-operation"); ``j`` where it does not."""
    if j >= len(doc) - 1 or j == i:
        return j
    after = doc[j + 1]
    if (
        doc[j].lower_ in ("and", "&")
        and after.is_title
        and after.is_alpha
        # "..., Ports and Administration (MFPA)": a head right after "and" closes a list of remits
        and after.text not in INSTITUTION_WORDS | NAMED_BODY_HEADS
    ):
        return j + 1
    if doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and after.is_alpha:
        return j + 2
    return j


def _named_by_known_acronym(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name the data knows behind a demonym, with the data's acronym in brackets after it ("the German
    Federal Ministry for Economic Cooperation and Development (BMZ)"), is the data's body by its name."""
    acronyms = {c[0]: c[2] for c in chosen if c[3] == "organisation.acronym"}
    out = []
    for start, end, name, rule in chosen:
        known = acronyms.get(end + 1) if end < len(doc) and doc[end].text == "(" else None
        if rule == "organisation.institution" and known and name.lower().endswith(f" {known.lower()}"):
            name = known
        out.append((start, end, name, rule))
    return out


def _listed_by_bracketed_acronym(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A bare acronym read as a body of its own ("CAPES, CNPq and the British Council") that the letter
    put in brackets after a body's name is that body, also where it spells the name in another language
    ("the National Council for Scientific and Technological Development (CNPq)"); so is a later name in another
    language with the same acronym in brackets."""
    defined: dict[str, str] = {}
    bracketed: dict[int, str] = {}  # a name's start -> the acronym in brackets after it
    for start, end, name, _ in chosen:
        if end - start > 1 and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1].text
            if acronym.isalpha() and sum(c.isupper() for c in acronym) >= MIN_ACRONYM_LENGTH and acronym != name:
                defined.setdefault(acronym, name)
                # "the Ministry of Defence (UK)": a country's code in brackets is shared by that state's bodies.
                if country_code(acronym) is None and acronym not in country_table():
                    bracketed[start] = acronym
    # "the National Water Board (ONEA)" ... "cc: Office National de l'Eau (ONEA)": a name in another language with
    # the acronym the letter defined already is that body again; a second English name is a body of its own.
    # The acronym's later uses are the body it was first put after, whichever name defined it.
    return [
        (start, end, defined[doc[start:end].text], rule)
        if doc[start:end].text in defined and (name == doc[start:end].text or rule == "organisation.defined")
        else (start, end, defined[bracketed[start]], rule)
        if start in bracketed and not _in_english(doc[start:end])
        else (start, end, name, rule)
        for start, end, name, rule in chosen
    ]


def _glossary_head(name: Span) -> str | None:
    """The head of a name an abbreviation list defines: its last capitalised word before "of", "for" and the
    like ("Coastal Fisheries and Ports Authority of the Province": Authority)."""
    head = None
    for t in name:
        if t.lower_ in HEAD_ENDERS:
            break
        if t.is_title or t.is_upper:
            head = t.text
    return head


def _mission_state(name: str) -> tuple[str, str] | None:
    """(head, alpha-3) of a state's mission abroad named after the state: "Embassy of the Republic of Austria in
    Accra" is ("Embassy", "AUT"), and so is "the Austrian Embassy"; None for another name."""
    table = country_table()
    of_form = STATE_MISSION.match(name)
    if of_form:
        head = re.sub(r" of(?: the)? $", "", of_form.group())
        words = name[of_form.end() :].split()
        states = [" ".join(words[:w]) for w in range(min(MAX_STATE_NAME_TOKENS, len(words)), 0, -1)]
    else:
        adjective = ADJECTIVE_MISSION.fullmatch(name)
        if adjective is None:
            return None
        head, words = adjective.group("head"), adjective.group("state").split()
        if not all(w[:1].isupper() for w in words):
            return None  # a word in lower case before the head: a phrase about a mission, not a mission's name
        states = [" ".join(words[-w:]) for w in range(min(MAX_COUNTRY_NAME_TOKENS, len(words)), 0, -1)]
    state = next((s for s in states if s in table and s[:1].isupper()), None)
    return (head.replace("-", " "), table[state][0]) if state else None


def _missions_by_their_state_name(chosen: list[Candidate]) -> list[Candidate]:
    """ "the Austrian Embassy" in a letter that also says "the Embassy of the Republic of Austria": a mission
    named by its state's adjective is the one the letter names after its state, by that longest name."""
    after_state = [c[2] for c in chosen if STATE_MISSION.match(c[2])]
    longest: dict[tuple[str, str] | None, str] = {}
    for name in sorted(after_state, key=len):
        longest[_mission_state(name)] = name
    longest.pop(None, None)
    return [
        (start, end, name if name in after_state else longest.get(_mission_state(name), name), rule)
        for start, end, name, rule in chosen
    ]


def _in_english(span: Span) -> bool:
    """Whether most of a name's words are English words (not "Office National de l'Eau")."""
    words = english_words()
    alpha = [t.lower_ for t in span if t.is_alpha and len(t) > 2]
    return words is None or 2 * len(words.known(alpha)) >= len(alpha)


def _with_state_long_name(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body named by its state's long name keeps it whole: "the Republic of Singapore Air Force", not
    "Singapore Air Force" (the words before "of" and the body's first words are one country's name)."""
    table = country_table()
    out = []
    for start, end, name, rule in chosen:
        if (
            rule == "organisation.institution"
            and name == doc[start:end].text
            and start >= 2
            and doc[start - 1].lower_ == "of"
        ):
            opener = next(
                (
                    k
                    for k in range(start - 2, max(start - MAX_COUNTRY_NAME_TOKENS, 0) - 1, -1)
                    if doc[k].is_title
                    and any(
                        doc[k : start + w].text in table for w in range(1, min(MAX_COUNTRY_NAME_TOKENS, end - start))
                    )
                ),
                None,
            )
            if opener is not None:
                start, name = opener, doc[opener:end].text
        out.append((start, end, name, rule))
    return out


def _opens_instrument_name(doc: Doc, i: int) -> bool:
    """Whether capitalised words from token ``i`` run on to a programme's head ("Infrastructure
    Project"): the words before are the start of that instrument's name, not a firm's."""
    j = i
    while j < len(doc) and j - i < INSTRUMENT_NAME_REACH and doc[j].is_title and doc[j].is_alpha:
        # "Farm Roads Sub-programme": a hyphenated head is three tokens
        if doc[j].text in PROGRAMME_HEADS or doc[j : j + 3].text.replace(" ", "") in PROGRAMME_HEADS:
            return True
        j += 1
    return False


# "the African Continental Free Trade Area (AfCFTA) Secretariat": a name, its acronym in brackets, then the
# organ of the body so named.
ORGAN_AFTER_ACRONYM = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:[ \t]+(?:(?:of|for|on|the|and)[ \t]+)*[A-Z][\w-]*){1,8})[ \t]+"
    r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)[ \t]+(?P<head>Secretariat|Commission|Council|Board|Committee)\b"
)


def _organs_after_acronym(doc: Doc) -> list[Candidate]:
    """An organ named after a body the data does not know, whose acronym the brackets define: "AfCFTA
    Secretariat"."""
    found = []
    for match in ORGAN_AFTER_ACRONYM.finditer(doc_text(doc)):
        span = doc.char_span(match.start("name"), match.end("head"), alignment_mode="contract")
        if span is None:
            continue
        if canonical_name(canonical_index(), match.group("acronym")):
            continue  # "the Economic Community of West African States (ECOWAS) Commission": the known body stays
        start = span.start + 1 if span[0].lower_ in DETERMINERS else span.start  # "The African ..."
        found.append((start, span.end, f"{match.group('acronym')} {match.group('head')}", "organisation.institution"))
    return found


def _address_to_country(doc: Doc, i: int) -> bool:
    """Whether one-word places from ``doc[i]``, each before a comma, end in a country's name: an address
    ("Babarmahal, Kathmandu, Nepal"), no remit of a body."""
    k = i
    while k + 1 < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k + 1].text == ",":
        k += 2
    return k > i and k < len(doc) and doc[k].text in country_table()


def _city_of_address(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a city with its district, state or postcode after a comma, as an address
    writes it ("Tegucigalpa, M.D.C.", "Washington, D.C.", "Geneva, 1211"): no word of a name."""
    return (
        0 < i < len(doc) - 2
        and doc[i].is_title
        and doc[i].is_alpha
        and doc[i + 1].text == ","
        and ADDRESS_DISTRICT.fullmatch(doc[i + 2].text) is not None
        and not _post_box(doc, i + 2)
    )


def _city_then_country(doc: Doc, i: int) -> bool:
    """Whether capitalised words from ``doc[i]``, after a remit's own word, then a comma, end in a country's name:
    an address's last line run on to the body's ("... Home Affairs Honiara, Solomon Islands"). After another word
    the words may still be the remit's ("... Trade and Public Works, Samoa"), and so after an adjective."""
    if doc[i - 1].text not in REMIT_WORDS - REMIT_ADJECTIVES:
        return False
    k = i
    while k < len(doc) and k - i < MAX_CITY_WORDS and doc[k].is_title and doc[k].is_alpha:
        if doc[k].text in REMIT_WORDS:
            return False
        k += 1
    return i < k < len(doc) - 1 and doc[k].text == "," and _country_at(doc, k + 1)


def _country_after_comma(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` opens a country's name that ends its clause or line ("the Ministry of Agriculture,
    Rwanda, agrees"): the body's state set after it, no remit."""
    end = _country_end(doc, i)
    return end is not None and (
        end == len(doc) or doc[end].text in SENTENCE_CASE_CLOSERS or "\n" in doc[end - 1].whitespace_
    )


def _post_box(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` opens a post-office box ("P.O. Box 1422", "Caixa Postal 88"): an address's line, no district
    of a city."""
    return (
        ADDRESS_DISTRICT.fullmatch(doc[i].text) is not None and doc[i + 1 : i + 2].text.lower() == "box"
    ) or POST_BOX_NUMBER.match(doc_text(doc), doc[i].idx) is not None


def _own_acronym(token) -> bool:
    """Whether a word in capitals may open a body's name ("the GRÓ International Centre"); a known
    body's acronym before it ("the UNHCR Regional Office") is dropped by the caller."""
    return token.is_upper and len(token) > 1 and token.text not in OWNER_PREFIXES and not country_code(token.text)


def _is_acronym(token) -> bool:
    """Whether a word is an acronym: two or more capital letters."""
    return token.is_upper and token.is_alpha and len(token) > 1


def _starts_other_name(token) -> bool:
    """Whether a word after "and" or a comma opens another body's name (an acronym, "U.S. ...")."""
    return token.text in OWNER_PREFIXES or _is_acronym(token)


def _owner_and_rest(item: list) -> tuple[str, list]:
    """A listed name's leading owner ("United States", "U.S.") and the words after it."""
    for k in range(len(item) - 1, 0, -1):
        owner = "".join(t.text_with_ws for t in item[:k]).strip()
        if owner in OWNER_PREFIXES or country_code(owner):
            return owner, item[k:]
    return "", item


# Bodies whose official name ends with their state ("Monetary Authority of Singapore", "Reserve Bank
# of India", "State Oil Company of the Azerbaijan Republic"); a guard or a police force "of Greece" is
# rather the country's force, named apart.
# Heads of a body whose members, named in the plural, may be those of one country ("Federation of
# Evangelical Churches in Italy"): the country closes the name.
ASSOCIATION_HEADS = WORDS["association_heads"]
NATIONAL_BODY_HEADS = frozenset(
    {
        "Authority",
        "Bank",
        "Administration",
        "Institute",
        "Foundation",
        "Corporation",
        "Board",
        "Company",
        "Force",
        "Forces",
    }
)
# A state's central bank is named by its state alone ("the Bank of Zambia", "Bank of Japan").
CENTRAL_BANK_HEAD = "Bank"


# Words in capitals that go on with a name after a country closing it ("... OF NORWAY AND ICELAND", "... IN CHAD").
LETTERHEAD_LINKS = LETTERHEAD_GOES_ON_WORDS | frozenset({"IN", "TO", "THE", "&"})


# A wide gap inside a letterhead's line: two columns side by side ("MINISTRY OF ...      REPUBLIC OF ...").
LETTERHEAD_COLUMN_GAP = re.compile(rf"(?<=\S)(?:{COLUMN_GAP.pattern})(?=\S)")


def _letterhead_columns(piece: re.Match) -> list[re.Match]:
    """A letterhead piece cut at its columns' gaps, each column a match of its own (offsets in the piece's text)."""
    text, bounds = piece.string, [piece.start()]
    for gap in LETTERHEAD_COLUMN_GAP.finditer(text, piece.start(), piece.end()):
        bounds += [gap.start(), gap.end()]
    bounds.append(piece.end())
    return [re.compile(r"[\s\S]*").match(text, a, b) for a, b in zip(bounds[::2], bounds[1::2])]


def _letterhead_country_end(words: list[str]) -> int:
    """How many words of a letterhead name run to its country after "OF" ("EMBASSY OF PORTUGAL MAPUTO" -> 3)."""
    for k in range(len(words) - 2, 1, -1):
        for width in (1, 2, 3):
            of = k - width
            country = " ".join(words[of + 1 : k + 1]).title()
            if (
                of >= 1
                and words[of] == "OF"
                and country in country_table()
                and words[k + 1] not in LETTERHEAD_LINKS
                and len(words) - k - 1 <= MAX_CITY_WORDS
                and " ".join(words[of + 1 : k + 2]).title() not in country_table()
            ):
                return k + 1
    return len(words)


# A file reference: letters and numbers joined by slashes, one part a number ("XYZ/ADM/2011/17", "QR/LOG/9"; not "G7/G20").
REFERENCE_CODE = re.compile(r"[\w.-]+(?:/[\w.-]+)+")
# A part of a file reference that numbers its letters after a stop ("WGC.7" in "OAU/HLM/WGC.7/REP"), which no
# grouping's name is ("G20", "G77").
NUMBERED_CODE_PART = re.compile(r"[A-Za-z]+\.\d+")


def _in_reference_code(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is in a slash-joined file reference with a number in it (not "UNICEF/WFP")."""
    if not (text[end : end + 1] == "/" or text[start - 1 : start] == "/"):
        return False
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    code = REFERENCE_CODE.match(text, left)
    if code is None or code.end() < end:
        return False
    parts = code.group().split("/")
    # "OAU/HLM/WGC.7/REP": a part numbered after a stop makes a reference too (not "the EU/AU/G20 partnership").
    return any(part.isdigit() or NUMBERED_CODE_PART.fullmatch(part) for part in parts)


def _country_at(doc: Doc, i: int, end: int | None = None) -> bool:
    """Whether a country's name (one to MAX_COUNTRY_NAME_TOKENS words, before ``end``) starts at token i."""
    return _country_end(doc, i, end) is not None


def _country_end(doc: Doc, i: int, end: int | None = None) -> int | None:
    """Where the longest country's name (one to MAX_COUNTRY_NAME_TOKENS words, before ``end``) that starts at token
    i ends; else None."""
    table = country_table()
    end = len(doc) if end is None else end
    widths = range(MAX_COUNTRY_NAME_TOKENS, 0, -1)
    return next((i + width for width in widths if i + width <= end and doc[i : i + width].text in table), None)


MAX_LABEL_WORDS = 3  # "Major Head", "Sub Major Head": the words of a numbered label after a body's comma


def _numbered_label(doc: Doc, j: int) -> bool:
    """Whether capitalised words from token j run on to a number ("Minor Head 3301", "Block 5"): a code or an
    address after a body's name, not more of its remit."""
    k = j
    while k < min(j + MAX_LABEL_WORDS, len(doc)) and doc[k].is_title and doc[k].is_alpha:
        k += 1
    return j < k < len(doc) and doc[k].text[:1].isdigit()


def _possessive_country(doc: Doc, i: int) -> bool:
    """Whether a country's name in the possessive starts at token i ("Ghana's", "the Gambia's")."""
    table = country_table()
    return any(
        doc[i : i + width].text in table and doc[i + width : i + width + 1].text in POSSESSIVE_MARKS
        for width in range(1, MAX_COUNTRY_NAME_TOKENS + 1)
    )


def _street_line(doc: Doc, j: int) -> bool:
    """Whether capitalised words, a word in lower case and a number open a street address ("Kongens gate 20"):
    an address block's line run on after a body's name."""
    k = j
    while k < min(j + MAX_CITY_WORDS, len(doc)) and doc[k].is_title and doc[k].is_alpha:
        k += 1  # "Karl Johans gate 22": a street's name may have words of its own
    return (
        j < k
        and k + 1 < len(doc)
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in NAME_CONNECTORS | STOP_WORDS  # "Cooperation before 15 April": the sentence goes on
        and doc[k + 1].like_num
        and doc[k + 2 : k + 3].text not in CALENDAR_WORDS
    )


def _compact_form_pattern(compact: str) -> re.Pattern:
    """Where a body's compact form ("Bali Process Regional Support Office") stands, not after a remit's link word."""
    return re.compile(rf"(?<![\w-])(?<!\bof )(?<!\bfor )(?<!\bon ){re.escape(compact)}")


def _named_street(doc: Doc, j: int) -> bool:
    """Whether capitalised words and a street's word that closes them open a street's address ("Harbour Road, ...",
    "Lake View Avenue 12"): an address block's line run on after a body's name, where the remit ends."""
    k = j
    while (
        k < min(j + MAX_CITY_WORDS, len(doc))
        and doc[k].is_title
        and doc[k].is_alpha
        and doc[k].text not in STREET_WORDS
    ):
        k += 1
    return (
        j < k < len(doc)
        and doc[k].text in STREET_WORDS
        and (k + 1 == len(doc) or doc[k + 1].text == "," or doc[k + 1].like_num or "\n" in doc[k].whitespace_)
    )


def _building_after_comma(doc: Doc, j: int) -> bool:
    """Whether the capitalised words from token j to the next comma or line's end name a building or a street
    ("Ministry of Planning, Central Buildings, ...", "..., 4 Harbour Road, ...", "..., Av. das Flores"): the
    body's address, no remit."""
    if doc[j].text in STREET_ABBREVIATIONS and doc[j + 1 : j + 2].text == ".":
        return True  # "Directorate of Seeds, Av. das Flores 12": a street's abbreviation opens the address
    k = j
    while k < min(j + MAX_CITY_WORDS + 1, len(doc)) and doc[k].text != "," and "\n" not in doc[k].text:
        if not (doc[k].is_title or doc[k].like_num or doc[k].is_upper):
            return False
        k += 1
    words = [token.text for token in doc[j:k]]
    return bool(words) and (words[-1] in BUILDING_WORDS or any(word in STREET_WORDS for word in words))


def _city_before_next_entry(doc: Doc, i: int) -> bool:
    """Whether up to MAX_CITY_WORDS capitalised words from ``doc[i]`` end before the addressee's office in brackets or
    the next body's head: a copy list's city, its lines read as one paragraph."""
    k = i
    while k < min(i + MAX_CITY_WORDS, len(doc)) and doc[k].is_title and doc[k].is_alpha:
        if doc[k].text in INSTITUTION_WORDS:
            break
        k += 1
    if k == i or k + 2 >= len(doc):
        return False
    if doc[k].text == "(":
        # "(Director-General, ...)", "(3rd Consular Section)": an office or a numbered unit, no acronym of the name
        return not doc[k + 1].is_upper and (doc[k + 1].is_title or bool(ORDINAL_WORD.fullmatch(doc[k + 1].text)))
    return doc[k].text in INSTITUTION_WORDS and doc[k + 1].lower_ in ("of", "for")


# A person's initials run together as one token ("K.T."), before the surname a building is named after.
PERSON_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _building_run_on(doc: Doc, j: int) -> bool:
    """Whether a capitalised word at token j and a building's word before a comma or a number name an address's
    building: the next line of the address, joined to the body's name by a reading of its block as one paragraph."""
    if PERSON_INITIALS.fullmatch(doc[j].text):
        j += 1  # "Department of Ports / K.T. Osei House, 4 Quay Road": a building named after a person
    return (
        j + 2 < len(doc)
        and doc[j].is_title
        and doc[j].is_alpha
        and doc[j].text not in BUILDING_WORDS
        and doc[j + 1].text in BUILDING_WORDS
        and (doc[j + 2].text == "," or doc[j + 2].like_num)
    )


def _dash_inside_acronym_name(doc: Doc, first: int, dash: int) -> bool:
    """Whether a spaced dash stands inside a name that its bracketed acronym spells whole ("Ministry of Planning -
    Investment and Budget (MOPIB)"): a government's official name, not a unit after its body."""
    if doc[dash].text not in ("-", "–") or not doc[dash].whitespace_ or not doc[dash - 1].whitespace_:
        return False
    k = dash + 1
    while k < len(doc) and k - dash <= MAX_REMIT_TOKENS + 2 and (doc[k].is_title or doc[k].lower_ in ("and", "of")):
        k += 1
    if doc[k : k + 1].text != "(" or not doc[k + 1 : k + 2].text.isupper() or doc[k + 2 : k + 3].text != ")":
        return False
    letters = "".join(
        w.text[0].upper() if w.is_title else f"(?:{w.text[0].upper()})?" for w in doc[first:k] if w.is_alpha
    )
    return re.fullmatch(letters, doc[k + 1].text) is not None


def _contact_label(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` labels a telephone, fax or e-mail ("Tel. +00 555 ...", "Fax: ..."), no word of a name."""
    token = doc[j]
    return bool(CONTACT_LABEL.match(token.text)) and (
        token.text[-1] in ".:" or doc[j + 1 : j + 2].text[:1] in (".", ":", "+", "(", *"0123456789")
    )


# An acronym, with a year or number after a dash, that an aim after "against" names ("TB", "SARS-2").
AIM_ACRONYM = re.compile(r"[A-Z]{2,6}(?:-\d{1,2})?")


def _name_tail(doc: Doc, i: int, max_tokens: int = MAX_NAME_TOKENS) -> int:
    """End of a name's tail: "for Development and Cooperation" after "Swiss Agency".

    The tail starts with "for", "on" or "of" and goes on over capitalised words joined by
    "and"/"of"; "and the" starts another name, and a tail that is only a country ("of Greece")
    is the country's, not the name's.
    """
    if i >= len(doc) or doc[i].lower_ not in TAIL_STARTERS:
        return i
    end = i
    j = i + 1
    remit = False
    if j < len(doc) and doc[j].lower_ == "the":
        remit = doc[i].lower_ == "on" and i > 0 and doc[i - 1].text in REMIT_BODY_HEADS
        if doc[i].lower_ == "on" and not remit:
            # "Coast Guard on the Central Mediterranean": a place, not the name; a committee's remit
            # may take an article ("the Committee on the Judiciary").
            return i
        j += 1
    while j < len(doc) and j - i < max_tokens:
        token = doc[j]
        if token.is_title and token.is_alpha and end == j and j - 1 > i and doc[j - 1].text in MEMBER_PLURALS:
            break  # "Secretary to the Board of Directors Olena Grishina": the members end it; a person follows
        if token.is_title and _label_word(doc, j, _lower_words(doc)):
            break  # "... Bank of Azerbaijan / Approved: ...": the next line's label
        if CLOSING_LABEL.match(token.text) and (doc[j - 1].is_space or doc[j + 1 : j + 2].text in (".", ":")):
            # "cc: ... Central Bank of Kenya Encl. (2)": the enclosures' label under the letter, its line run on
            break
        if _contact_label(doc, j):
            break  # "Office of Museums / Tel. +00 555 ...": a signature's contact line run on
        if end == j and j > i + 1 and _building_run_on(doc, j):
            break  # "Department of Trade / Harcourt House, 12 Main Street": the address's building, run on
        if token.text == "The" and doc[j - 1].lower_ not in TAIL_JOINERS:
            break  # "For the Board of ... Trustees / The Secretary": the next line, run on
        if (
            token.text in GOVERNMENT_UNIT_HEADS
            and end == j
            and doc[j - 1].is_title
            and doc[j + 1 : j + 2].text in ("of", "for")
        ):
            break  # "Ministry of ... Transport Department of Roads": letterhead lines joined, two bodies
        if end == j and _two_part_region(doc, j):
            end = j + 3  # "Regional Bureau for Asia and the Pacific": one region of two parts
            j += 3
            continue
        if token.is_title and token.is_alpha:
            end = j + 1
        elif doc[i].lower_ == "against" and end in (i, j) and AIM_ACRONYM.fullmatch(token.text):
            end = j + 1  # "Task Force Against TB", "Alliance Against COVID-19": a disease's acronym is the aim's word
        elif (
            token.text == ","
            and doc[i].lower_ == "on"
            and j + 1 < len(doc)
            and doc[j + 1].is_title
            and _closes_list(doc, j + 1, i + max_tokens)
        ):
            pass  # "on Civil Liberties, Justice and Home Affairs": a remit listed with commas
        elif (
            token.text in ("-", "–")
            and not doc[j - 1].whitespace_
            and not token.whitespace_
            and j + 1 < len(doc)
            and doc[j + 1].is_title
        ):
            pass  # "on Hispanic-Serving Institutions", "of the Dakar–Bamako Railway": a joined word of the name
        elif end == j and _remit_word_hyphen(doc, j):
            end = j + 2
            j += 1
        elif token.text == "-" and end == j and not doc[j - 1].whitespace_ and doc[j + 1 : j + 2].text.islower():
            # "Committee of the Organisation for Economic Co-operation": the tail would end mid-word,
            # inside another body's name
            return i
        elif (
            token.lower_ == "in"
            and end == j
            and doc[j - 1].text in REMIT_IN_NOUNS
            and doc[j + 1 : j + 2].text[:1].isupper()
            and doc[j + 1].text not in CALENDAR_WORDS
            and not _country_at(doc, j + 1)
        ):
            pass  # "Council for Trade in Services": the trade's object, not a place
        elif token.lower_ == "in" and doc[i].lower_ == "against" and end > i and _country_at(doc, j + 1):
            pass  # "against Impunity in Guatemala": the country the body works in closes its name
        elif (
            token.lower_ == "in"
            and doc[i].lower_ == "of"
            and i > 0
            and doc[i - 1].text in ASSOCIATION_HEADS
            and end == j
            and doc[j - 1].lower_.endswith("s")
            and _country_at(doc, j + 1)
        ):
            pass  # "Federation of Evangelical Churches in Italy": members in a country close its name
        elif not (token.lower_ in TAIL_JOINERS and j + 1 < len(doc) and doc[j + 1].is_title):
            break
        j += 1
    if remit and any(t.text in INSTRUMENT_WORDS | PROGRAMME_HEADS for t in doc[i:end]):
        return i  # "thank the Commission on the Pact on Migration": the instrument it worked on
    if end > i and doc[i + 1 : end].text.removeprefix("the ") in country_table():
        if doc[i].lower_ == "of" and (
            (doc[i - 1].text in NATIONAL_BODY_HEADS and doc[i - 2 : i - 1].text[:1].isupper())
            or doc[i - 1].text == CENTRAL_BANK_HEAD
        ):
            # "Monetary Authority of Singapore", "Central Bank of Kenya", "Royal Air Force of Oman", "the Bank of
            # Zambia": the state is in the name
            return end
        if _short_name_keeps_state(doc, i + 1, end):
            return end  # "... Development Service of Korea (HRD Korea)": its short name keeps the state too
        return i
    places = [s for family in ("route", "region") if family in doc.spans for s in doc.spans[family]]
    if any(p.start < end and i < p.end for p in places):
        return i
    return end


def _described_after_determiner(doc: Doc, start: int, head: int) -> bool:
    """Whether one lower-case word stands between a determiner and a name of two words or more ("the tripartite
    Wages Advisory Board", "our new Asylum Service"): the word describes the body, the name follows it."""
    word = doc[start - 1 : start]
    return (
        head - start >= 1
        and start > 1
        and word.text.isalpha()
        and word.text.islower()
        and word.text not in STOP_WORDS
        and doc[start - 2].lower_ in DETERMINERS
    )


def _short_name_keeps_state(doc: Doc, state: int, end: int) -> bool:
    """Whether a bracket right after a name's closing state gives its short name with that state's last word
    ("Training Service of Korea (TS Korea)"): the state is the name's own, as the short name writes it."""
    word = doc[end - 1].text
    if doc[end : end + 1].text != "(" or not word.istitle():
        return False
    close = next((k for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), None)
    inside = doc[end + 1 : close] if close is not None else None
    return (
        inside is not None
        and len(inside) > 1
        and inside[-1].text == word
        and any(t.is_upper and len(t.text) > 1 for t in inside[:-1])
    )


def _state_forces(doc: Doc, start: int, head: int) -> bool:
    """Whether "the" and a state's adjective name its forces ("the Canadian Forces"): the state's own, a name."""
    return (
        head - start == 1
        and doc[head].text in ("Forces", "Force")
        and doc[start - 1 : start].text.lower() == "the"
        and country_table().get(doc[start].text, ("", ""))[1] == DEMONYM_RULE
    )


def _bare_parliament(chosen: list[Candidate]) -> list[Candidate]:
    """A bare "Parliament" is the one parliament the letter names in full ("Hellenic Parliament",
    "Parliament of Ghana")."""
    named = {c[2] for c in chosen if c[2].endswith(" Parliament") or c[2].startswith("Parliament of ")}
    if len(named) != 1:
        return chosen
    full = named.pop()
    return [(c[0], c[1], full, c[3]) if c[2] == BARE_PARLIAMENT else c for c in chosen]


def _without_calendar_tail(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name cut before a tail that opens on a weekday or a month ("the Reserve Bank of Fiji on Friday",
    "... Council in March"): the day something happened there, not the body's remit."""
    cut = []
    for start, end, norm, rule in chosen:
        stop = next(
            (
                k
                for k in range(start + 1, end - 1)
                if doc[k].lower_ in HEAD_ENDERS
                and doc[k + 1].text in CALENDAR_WORDS
                and (k + 2 == end or doc[k + 2].text[:1].isdigit())  # "Committee on May Day ..." is a remit
            ),
            None,
        )
        if stop is not None and norm == doc[start:end].text:
            cut.append((start, stop, doc[start:stop].text, rule))
        else:
            cut.append((start, end, norm, rule))
    return cut


def _with_joined_remits(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A corporation's name whose remits "and" joins ("the National Transmission and Despatch Company",
    "Housing and Urban Development Corporation") opens with the capitalised words before its "and", where
    those words have no head of their own and name no body, country or person the letter knows."""
    taken = {i for c in chosen for i in range(c[0], c[1])}
    table = country_table()
    out = []
    for start, end, norm, rule in chosen:
        k = start - 1
        head = end - 2 if doc[end - 1].text in COMPANY_ENDINGS and end - start > 1 else end - 1
        if (
            doc[head].text in JOINED_REMIT_HEADS
            and norm == doc[start:end].text
            and k > 0
            and doc[k].lower_ in ("and", "&")
            and not doc[k - 1].is_space
        ):
            # "the Coastal Region Rural Finance and Housing Corporation Limited (CRRFHC)": a name its acronym
            # defines after it may open further back, to the word the acronym's first letter is
            acronym = _acronym_after(doc, end)
            reach = MAX_NAME_TOKENS if acronym else MAX_JOINED_REMIT_WORDS
            first = k
            while (
                first - 1 >= 0
                and k - first < reach
                and doc[first - 1].is_title
                and doc[first - 1].is_alpha
                and first - 1 not in taken
                and doc[first - 1].text not in NON_REMIT_WORDS
                and doc[first - 1].lower_ not in DETERMINERS
            ):
                first -= 1
            while acronym and first < k and doc[first].text[:1] != acronym[:1]:
                first += 1  # the name opens at the word its acronym's first letter is ("Ruritania's HUDCO")
            if first < k and doc[first:k].text not in table and not doc[first].is_sent_start:
                start = first
                norm = doc[start:end].text
        out.append((start, end, norm, rule))
    return out


# "sector ministries", "line ministries": a class of ministries written in lower case, the word before it.
LOWER_CASE_MINISTRIES = re.compile(r"\b(?P<word>[a-z]+) ministries\b")
BOARD_OF_MEMBERS = re.compile(rf"Boards? of (?:{alternation(MEMBER_PLURALS)})")


def _without_boards_of_named_bodies(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "the Board of Governors of the Islamic Development Bank": a board named by its members is the organ of
    the body named right after it, which the letter names; no body of its own."""
    starts = {c[0] for c in chosen}
    return [
        c
        for c in chosen
        if not (
            BOARD_OF_MEMBERS.fullmatch(doc[c[0] : c[1]].text)
            and doc[c[1] : c[1] + 1].text == "of"
            and (c[1] + 1 in starts or (doc[c[1] + 1 : c[1] + 2].text == "the" and c[1] + 2 in starts))
        )
    ]


def _from_second_nation(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name in which a country's name is followed by another nation's word ("Embassy of Denmark in Ghana Danish
    Agency for ..."): a letterhead's two lines joined, the second name opening at the nation's word."""
    table = country_table()
    out = []
    for start, end, norm, rule in chosen:
        if norm == doc[start:end].text:
            cut = next(
                (
                    k + 1
                    for k in range(start, end - 2)
                    if doc[k].text in table
                    and doc[k + 1].is_title
                    and doc[k + 1].text in table
                    and table[doc[k].text][0] != table[doc[k + 1].text][0]
                    and doc[k : k + 2].text not in table
                ),
                None,
            )
            if cut is not None:
                start, norm = cut, doc[cut:end].text
        out.append((start, end, norm, rule))
    return out


def _acronym_after(doc: Doc, end: int) -> str:
    """The acronym in brackets right after token ``end`` - 1 ("... Corporation Limited (CRHC)"), or ""."""
    if doc[end : end + 1].text != "(" or doc[end + 2 : end + 3].text != ")":
        return ""
    word = doc[end + 1].text
    return word if len(word) >= MIN_ACRONYM_LENGTH and word[:1].isupper() and word[1:2].isupper() else ""


def _with_country_affiliate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A firm's affiliate in a country, named by the firm, the country in brackets and its own legal form
    ("the Industrial and Commercial Bank of China (Argentina) S.A.", "Standard Chartered Bank (Kenya) Limited"):
    one body, by that whole name."""
    text = doc_text(doc)
    out = []
    for start, end, norm, rule in chosen:
        m = COUNTRY_AFFILIATE.match(text, doc[end - 1].idx + len(doc[end - 1].text))
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None
        if span is not None and country_code(m.group("place")):
            end = span.end
            norm = doc[start:end].text
        out.append((start, end, norm, rule))
    return out


def _with_owners_in_plural(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body named after the members it serves, in the plural possessive ("the Bondholders' Advisory
    Committee", "the Workers' Council"): the possessive opens its name."""
    taken = {i for c in chosen for i in range(c[0], c[1])}
    out = []
    for start, end, norm, rule in chosen:
        if (
            start >= 2
            and norm == doc[start:end].text
            and start - 2 not in taken
            # "the Organization of American States' Commission": the possessive ends another body's name
            and not (start >= 3 and (doc[start - 3].is_title or doc[start - 3].lower_ in NAME_CONNECTORS - {"the"}))
            and doc[start - 1].text in APOSTROPHES
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_title
            and doc[start - 2].is_alpha
            and doc[start - 2].text.endswith("s")
        ):
            start -= 2
            norm = doc[start:end].text
        out.append((start, end, norm, rule))
    return out


def _without_line_openers(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name cut before a word that opens the next line of a block read as one line ("To the Ministry of
    Interior Attn. H.E. ...", "... the Central Bank of the Argentine Republic Thank you for ..."): an
    attention label or the opening of a letter's first sentence is no part of a body's name; nor is the writer's
    "and I" after a list of bodies, nor the line before a capitalised "The" inside the name, nor the acronym after
    it that spells it."""
    cut = []
    for start, end, norm, rule in chosen:
        stop = end
        while stop - 1 > start and doc[stop - 1].text in LINE_OPENERS:
            stop -= 1
        if stop - 2 > start and doc[stop - 1].text == "I" and doc[stop - 2].lower_ == "and":
            stop -= 1  # "... the Ministry of Agriculture and Forestry, and I will raise ...": the writer, not a numeral
        while stop - 1 > start and doc[stop - 1].lower_ in {",", "and", "&"}:
            stop -= 1
        if (
            stop - 2 > start
            and doc[stop - 1].is_upper
            and doc[stop - 1].is_alpha
            and doc[stop - 1].text
            in (
                capital_initials(t.text for t in doc[start : stop - 1]),
                "".join(t.text[0].upper() for t in doc[start : stop - 1] if t.is_alpha),  # "MOH": "of" spelled too
            )
        ):
            stop -= 1  # "Ministry of Coastal Affairs MCA": a letterhead's name, its acronym after it
        article = next(
            (k for k in range(stop - 2, start, -1) if doc[k].text == "The" and doc[k - 1].lower_ not in TAIL_JOINERS),
            None,
        )
        if article is not None and norm == doc[start:end].text:
            # "Harbour Town, The Islands The Bank's ...": the line before, run on; the name opens after the article
            if stop - article > 2:
                cut.append((article + 1, stop, doc[article + 1 : stop].text, rule))
            continue
        if stop < end and norm == doc[start:end].text:
            cut.append((start, stop, doc[start:stop].text, rule))
        else:
            cut.append((start, end, norm, rule))
    return cut


def _with_foreign_country_tail(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body's name in its own language goes on over its link to the country it is of ("Centrale Bank
    van Suriname", "Banque Centrale du Congo"): the country closes the name."""
    table = country_table()
    longer = []
    for start, end, norm, rule in chosen:
        width = next(
            (
                w
                for w in range(MAX_COUNTRY_NAME_TOKENS, 0, -1)
                if end + 1 + w <= len(doc) and doc[end + 1 : end + 1 + w].text in table
            ),
            0,
        )
        if (
            width
            and doc[end - 1].text in ORG_HEADS | FOREIGN_HEADS
            and doc[end : end + 1].text in FOREIGN_LINKS
            and norm == doc[start:end].text
        ):
            longer.append((start, end + 1 + width, doc[start : end + 1 + width].text, rule))
        else:
            longer.append((start, end, norm, rule))
    return longer


# The heads of a body whose remits a list names ("the Ministries of ...", "the Committee on ...").
LISTED_REMIT_HEADS = GOVERNMENT_UNIT_HEADS | REMIT_BODY_HEADS


def _state_tail(norm: str, table: dict) -> tuple[str, str, str]:
    """A body's name cut before the state it ends on ("Ministry of Water | of | the Republic of Chile"), as
    str.rpartition; a state's own name may hold "of", so the first cut whose tail is a state's name wins."""
    parts = norm.split(" of ")
    for cut in range(1, len(parts)):
        tail = " of ".join(parts[cut:])
        if tail.removeprefix("the ") in table:
            return " of ".join(parts[:cut]), " of ", tail.removeprefix("the ")
    head, sep, tail = norm.rpartition(" of ")
    return head, sep, tail.removeprefix("the ")


def _one_name_when_shortened(chosen: list[Candidate]) -> list[Candidate]:
    """A body named in full, then shortened ("the Water Board of Peru ... the Water Board"), is one body."""
    # Without its country ("the Road Fund of Ghana ... the Road Fund"), the shorter name is both's; without its
    # leading word ("the National Drought Board ... the Drought Board"), the fuller.
    table = country_table()
    first_at: dict[str, int] = {}
    for c in sorted(chosen):
        first_at.setdefault(c[2], c[0])
    out = []
    for start, end, norm, rule in chosen:
        head, sep, country = _state_tail(norm, table)
        # Only a shortening after the full name: "the Ministry of Health ... the Ministry of Health of Chile"
        # names the author's ministry, then another state's.
        if sep and first_at.get(head, -1) > first_at[norm] and country in table:
            norm = head
        # "the National Drought Board ... the Drought Board": the same body, its leading word dropped from a
        # name its head ends (a "Federal Ministry of Mines" and a "Ministry of Mines" may be two states')
        longer = [n for n, at in first_at.items() if at < first_at[norm] and n.partition(" ")[2] == norm]
        if (
            len(longer) == 1
            and longer[0].split()[0] in LEADING_INSTITUTION_WORDS
            and " " in norm
            and norm.split()[-1] in ORG_HEADS
            and not {"of", "for", "on"} & set(norm.split())
        ):
            norm = longer[0]
        # "the Committee on Health, Youth and Sport ... the Committee on Health": a ministry's or a
        # committee's remit listed with commas, named elsewhere by its first remit alone, is one body
        listed = [n for n in first_at if n.startswith(f"{norm}, ")]
        if len(listed) == 1 and norm.split()[0] in LISTED_REMIT_HEADS:
            norm = listed[0]
        # "Marina Bank plc ... Marina Bank": a firm named with and without its legal form is one, by the name
        # without it
        bare, _, form = norm.rpartition(" ")
        if form in COMPANY_ENDINGS and bare.rstrip(",") in first_at:
            norm = bare.rstrip(",")
        out.append((start, end, norm, rule))
    return out


def _provincial_departments(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A province's name before a national body's head-last short name is the province's own body."""
    # "the Northern Highlands Water Department": the province's body, named as written.
    subdivisions = subdivision_table()
    out = []
    for start, end, norm, rule in chosen:
        written = doc[start:end].text
        if rule == "organisation.name" and end - start > 1 and written != norm and doc[end - 1].text in ORG_HEADS:
            before = [t for t in doc[max(0, start - 4) : start] if not t.is_space]  # a line may break it
            for width in (3, 2, 1):
                place = before[-width:]
                if len(place) == width and " ".join(t.text for t in place) in subdivisions:
                    if all(t.is_title for t in place):
                        start = place[0].i
                        norm = " ".join(t.text for t in doc[start:end] if not t.is_space)
                        break
        out.append((start, end, norm, rule))
    return out


def _national_affiliates(doc: Doc, chosen: list[Candidate], kinds: dict[str, str]) -> list[Candidate]:
    """A known NGO's name with a country after it is that country's member of the federation ("World Vision
    Canada", "CARE Canada", "Oxfam Novib" is not): the affiliate is the body acting, under its own name."""
    table = country_table()
    found = []
    for start, end, norm, rule in chosen:
        width = next(
            (
                w
                for w in range(MAX_COUNTRY_NAME_TOKENS, 0, -1)
                if end + w <= len(doc) and doc[end : end + w].text in table
            ),
            0,
        )
        after = doc[end + width : end + width + 1]
        if (
            width
            and kinds.get(norm) == "ngo"
            and doc[end - 1].whitespace_ == " "
            and not (after and after[0].is_title and not after[0].is_sent_start)
        ):
            found.append((start, end + width, doc[start : end + width].text, rule))
        else:
            found.append((start, end, norm, rule))
    return found


def _capitals_sentence(span: Span) -> bool:
    """Whether ``span`` stands in a sentence written all in capitals, longer than a heading and closed by a
    stop, as cables and telegrams write their text ("THE CONFERENCE, CO-CHAIRED BY THE GRM AND UNDP, ...")."""
    try:
        sentence = span.sent
    except ValueError:  # no sentence boundaries set
        return False
    words = [t for t in sentence if t.is_alpha]
    return (
        len(words) > HEADING_MAX_WORDS
        and all(t.is_upper for t in words if len(t) > 1)
        and sentence.text.rstrip().endswith((".", ";"))
    )


def _listed_with_goods(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` closes a list of plain plural nouns in Title Case ("Vaccines,
    Medicines and Health Technologies"): things named in a title, not firms."""
    words = english_words()
    if words is None or start < 2 or doc[start - 1].lower_ != "and":
        return False
    items = []
    i = start - 2
    while i >= 0 and doc[i].is_title and doc[i].is_alpha:
        items.append(doc[i].text)
        if i == 0 or doc[i - 1].text != ",":
            break
        i -= 2
    return len(items) >= 2 and all(w.endswith("s") and words.known([w.lower()]) for w in items)


def _country_led(doc: Doc, start: int, head: int) -> bool:
    """Whether the words before a body's head open with a country's name ("New Zealand Defence Force"): a
    state's own body, named as such without a determiner ("the deployment of New Zealand Police")."""
    return _country_at(doc, start, head)


def _ends_instrument_name(doc: Doc, span: Span) -> bool:
    """Whether ``span`` closes an instrument's name: "Charter of Fundamental Rights of the European Union"."""
    heads = programme_tables()["heads"]
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "the" or doc[i - 1].lower_ not in ("of", "on"):
        return False
    i -= 2
    while i >= 0 and span.start - i <= INSTRUMENT_NAME_REACH:
        token = doc[i]
        if token.text in heads:
            # "Poverty Reduction and Growth Trust of the IMF": a fund's owner is a body of its own
            return token.text not in OWNED_FUND_HEADS
        if (
            not ((token.is_title and token.is_alpha) or token.lower_ in ("of", "on", "the", "and"))
            or token.is_sent_start
        ):
            return False
        i -= 1
    return False


def _armed_group_named(doc: Doc, span: Span, record: dict) -> bool:
    """Whether the letter names the armed group in full, or a word of violence or security stands in
    the sentence of its acronym."""
    if any(name in doc_text(doc) for name in [record["name"], *record.get("aliases", [])]):
        return True
    return any(t.lower_ in ARMED_GROUP_CUES for t in span.sent)


def _holder_office(doc: Doc, head: int, role: int) -> bool:
    """Whether the role word at ``role`` closes the title of the officer an "Office of the" at ``head``
    serves: "Office of the Prime Minister", "Office of the State Minister for European Integration"."""
    if doc[head].text != "Office" or doc[head + 1 : head + 3].text != "of the":
        return False
    title = doc[head + 3 : role]
    return 0 < len(title) <= MAX_HOLDER_TITLE_WORDS and all(t.is_title and t.is_alpha for t in title)


def _before_lower_programme(doc: Doc, last: int) -> bool:
    """Whether "the <ACRONYM> programme" ends at ``last``: the acronym names the programme, no body's remit."""
    return (
        last + 1 < len(doc)
        and doc[last + 1].lower_ in NATIONAL_PROGRAMME_WORDS
        and doc[last + 1].is_lower
        and doc[last].is_upper
        and doc[last - 1].lower_ == "the"
    )


def _remit_institution_word(doc: Doc, j: int) -> bool:
    """Whether an institution word at j closes a remit of the name before it rather than opening another
    body: "Ministry of Interior and National Administration" (not "... Administration of ..." but
    "... Tax Administration of Guatemala", where a country closes the name)."""
    if doc[j].text not in REMIT_INSTITUTION_WORDS:
        return False
    if (
        doc[j - 1].lower_ in ("and", "&")
        and any(t.text == "," for t in doc[max(0, j - LISTED_REMIT_REACH) : j - 1])
        and not (j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].lower_ in ("of", "for")))
    ):
        return True  # "Ministry of Fisheries, Ports and Administration": the last of its listed remits
    return (
        doc[j - 1].is_title
        and doc[j - 1].lower_ not in STOP_WORDS
        and not (
            j + 1 < len(doc)
            and doc[j + 1].lower_ in ("of", "for")
            # "Superintendence of Tax Administration of Guatemala": the state closes the one name
            and not (doc[j + 1].lower_ == "of" and _country_at(doc, j + 2) and not _country_at(doc, j - 1))
        )
    )


def _listed_remit(doc: Doc, span: Span, start: int, end: int) -> bool:
    """Whether a known name at start:end inside a body's name is one of its listed remits, after a comma
    and before "and" ("Ministry of Foreign Affairs, European Union and Cooperation")."""
    return (
        doc[span.start].text in INSTITUTION_WORDS
        and span.start < start - 1
        and doc[start - 1].text == ","
        and end + 1 < span.end
        and doc[end].lower_ in ("and", "&")
    )


def _before_known_name(doc: Doc, span: Span, known: list[Candidate]) -> Span:
    """A body's name cut before a known body's that runs on from its tail with no connector: "Standing
    Committee on National Defence and Foreign Affairs Hellenic Parliament", an addressee block set on one
    line, is the committee, then the parliament; also where the known name goes on past the tail ("Committee on
    National Defence Assembleia da República")."""
    for start, end, _name, _rule in sorted(known):
        if span.start + 1 < start < span.end and doc[start - 1].lower_ not in BODY_NAME_PARTICLES:
            if _listed_remit(doc, span, start, end):
                continue  # "Ministry of Foreign Affairs, European Union and Cooperation": a remit in its list
            if any(t.lower_ in TAIL_STARTERS for t in doc[span.start : start]):
                return doc[span.start : start - 1 if doc[start - 1].text == "," else start]
    return span


def _completed_by_letterhead(doc: Doc, chosen: list[Candidate], author: str) -> list[Candidate]:
    """A body's name cut at the end of a line or a table's cell (a signature set in two columns:
    "Slovak Agency for International | ...") that a letterhead line goes on with ("SLOVAK AGENCY FOR
    INTERNATIONAL DEVELOPMENT COOPERATION") is the letterhead's whole name; the two columns read as one
    line name it twice ("Slovak Agency for International Slovak Agency for International"): once."""
    names = []
    for line in author.splitlines():
        words = line.split()
        if len(words) > 1 and all(w.isalpha() or w in BODY_NAME_PARTICLES for w in words):
            names.append(
                natural_case(" ".join(words), particles=BODY_NAME_PARTICLES) if line.isupper() else " ".join(words)
            )
    out = []
    text = doc_text(doc)
    for start, end, name, rule in chosen:
        words = name.split()
        half = len(words) // 2
        if rule == "organisation.institution" and half > 1 and words == words[:half] * 2:
            name = " ".join(words[:half])
        if rule == "organisation.institution" and re.match(
            r"[ \t]*(?:\n|\||$)", text[doc[end - 1].idx + len(doc[end - 1]) :]
        ):
            whole = [n for n in names if n.lower().startswith(f"{name.lower()} ")]
            if len(whole) == 1:
                name = whole[0]
        out.append((start, end, name, rule))
    return out


def _with_office_owner(doc: Doc, span: Span) -> Span:
    """A body's name with the office whose genitive opens it: "the President’s Advisory Board"."""
    if (
        span.start >= 2
        and doc[span.start - 1].text in POSSESSIVE_MARKS
        and doc[span.start - 2].text in OFFICE_GENITIVES
    ):
        return doc[span.start - 2 : span.end]
    return span


def _bodies_named_in(author: str, head: str) -> set[str]:
    """The bodies of one head a letterhead names in full on a line of their own ("Department of Foreign
    Affairs", "COMMITTEE ON FOREIGN AFFAIRS"), in natural case: the body a bare "the Committee" is."""
    found = set()
    signed = set()
    lines: list[str] = []
    for line in author.splitlines():
        if lines and lines[-1].strip().isupper() and line.strip().isupper() and LETTERHEAD_GOES_ON.match(line):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"  # "MINISTRY OF ..., FISHERIES / AND ..."
        else:
            lines.append(line)
    for line in lines:
        # "REPUBLIC OF MALAWI – MINISTRY OF LANDS": the state, a spaced dash, then its body
        dash = LETTERHEAD_DASH.search(line)
        if dash is not None:
            line = line[dash.end() :]
        words = line.split()
        # A PDF may set the letterhead's lines in one ("MINISTRY OF FOREIGN AFFAIRS Directorate for ..."):
        # a name in capitals ends where the capitals do.
        caps = next((k for k, word in enumerate(words) if not word.isupper()), len(words))
        if caps > 1:
            line = " ".join(words[:caps])
        # "Chair, International Development Committee": the body after an office and a comma.
        line = re.sub(rf"^\s*(?:{'|'.join(sorted(CHAIR_TITLES))}),\s+", "", line)
        # "THE ROYAL NORWEGIAN MINISTRY OF FOREIGN AFFAIRS": up to three capitalised words (an article,
        # a title, a demonym) may stand before the head; the body's name starts at it, or at the words that open
        # such names just before it ("JOINT COMMITTEE ON ...": `letterhead_name_openers`).
        openers = alternation(LETTERHEAD_NAME_OPENERS)
        match = re.fullmatch(
            rf"(?:[A-Z][A-Za-z’'-]*\s+){{0,3}}?(?P<name>(?:(?i:{openers})\s+)*(?i:{head})\s+(?i:of|on|for)\s+"
            rf"[A-Za-z][A-Za-z ,&'’-]*)",
            line.strip(),
        )
        if not match:
            # "International Development Committee": a name in Title Case headed by the word last.
            match = re.fullmatch(rf"(?!(?:The|This|Our|My)\s)(?P<name>(?:[A-Z][a-z]+\s+){{1,4}}{head})", line.strip())
        if match:
            name = match.group("name").rstrip(", ")
            found.add(natural_case(name, particles=BODY_NAME_PARTICLES) if name.isupper() else name)
        elif head == "Ministry" and (office := SIGNER_MINISTER.fullmatch(line.strip())):
            signed.add(f"Ministry of {office.group('remit')}")  # "Minister of Justice and Labour": who signs heads it
    return found or signed  # a letterhead's ministry over the one a signer's title gives


def _longer_names_ending(doc: Doc, name: str) -> list[tuple[int, int]]:
    """Where the letter writes a name with up to three capitalised words before it that open a line or
    follow a determiner ("the Standing Committee on ..."): words of the name, not of a longer phrase
    ("House of Commons Standing Committee" is the chamber's)."""
    words = r"(?:[A-Z][\w’'-]*[ \t]+){1,3}"
    after = "|".join(rf"(?<=\b{w}[ \t])" for w in ("the", "The", "its", "Its", "our", "Our", "this", "This"))
    pattern = rf"(?:^[ \t]*|{after})(?P<name>{words}{re.escape(name)})\b"
    found = []
    for match in re.finditer(pattern, doc_text(doc), re.MULTILINE):
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
        if span is not None and span[0].lower_ not in DETERMINERS:
            found.append((span.start, span.end))
    return found


def _launched_instrument(doc: Doc, span: Span) -> bool:
    """Whether a name the data does not know, headed by a word that heads instruments as well as
    bodies (LAUNCHED_HEADS: Network, Corps, Alliance), is what the sentence launches or creates:
    "announced the launch of the Clean Tech Energy Network (CTEN)", "the creation of the Central
    American Service Corps (CASC)" name instruments (the programmes component finds them)."""
    if span[-1].text not in LAUNCHED_HEADS or any(t.text in ORG_HEADS for t in span[:-1]):
        return False  # "the Central American Service Corps": a body's word inside, a body
    return bool(LAUNCH_CUE.search(doc_text(doc)[max(0, span.start_char - 60) : span.start_char]))


def _before_next_sentence(span: Span) -> Span:
    """A listed name without the next sentence's first word its full stop let it run on to
    ("... the World Food Programme and Trócaire. More than ...": Trócaire)."""
    for k in range(1, len(span)):
        if span[k].is_sent_start:
            end = span.start + k
            while end > span.start and span.doc[end - 1].is_punct:
                end -= 1
            return span.doc[span.start : end]
    return span


def _chamber_committees(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """A committee an addressee block names by its remit alone, over its chamber's line ("Chair,
    Committee on Appropriations / U.S. House of Representatives"), is that chamber's committee:
    "House Committee on Appropriations". The chamber's line is then the committee's address, not a
    mention of the chamber (nor of Congress) of its own."""
    text = doc_text(doc)
    out = []
    lines = []
    for c in candidates:
        name = doc[c[0] : c[1]].text
        name_end = doc[c[1] - 1].idx + len(doc[c[1] - 1].text)
        chamber = CHAMBER_LINE.match(text, name_end)
        parent = PARENT_COMMITTEE_LINE.match(text, name_end) if name.startswith("Subcommittee on ") else None
        if parent and not chamber:
            chamber = CHAMBER_LINE.match(text, parent.end())
            if chamber:  # the parent's line is its own committee's, the chamber line that one's address
                c = (c[0], c[1], f"{chamber.group('chamber')} {name}", c[3])
                out.append(c)
                continue
        if c[2] == name and name.startswith(tuple(f"{head} on " for head in REMIT_BODY_HEADS)) and chamber:
            c = (c[0], c[1], f"{chamber.group('chamber')} {name}", c[3])
            line_end = text.find("\n", chamber.end())
            lines.append((chamber.start(), len(text) if line_end < 0 else line_end))
        out.append(c)
    return [c for c in out if not any(s <= doc[c[0]].idx < e for s, e in lines)]


def _short_form_keeps_head(doc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` is defined in brackets by an acronym and its own head
    ("the Water Licensing Office (WL Office)"): a body's short form, which a programme's is not."""
    close = next((k for k in range(end + 1, min(end + 1 + MAX_ACRONYM_TOKENS, len(doc))) if doc[k].text == ")"), None)
    if doc[end : end + 1].text != "(" or close is None or close - end != 3:
        return False
    acronym, head = doc[end + 1], doc[end + 2]
    return acronym.is_upper and len(acronym.text) >= MIN_ACRONYM_LENGTH and head.text == doc[end - 1].text


def _line_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` make a whole line (an addressee block's, a heading)."""
    text = doc_text(doc)
    before = text[: doc[start].idx].rstrip(" \t")
    after = text[doc[end - 1].idx + len(doc[end - 1].text) :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _after_office_title(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows an office's title and a comma or a colon that open a line of an addressee
    block: "Chair, Joint Committee on ...", "Chairman, Committee on Foreign Affairs", "Chairperson: ..."."""
    if i < 2 or doc[i - 1].text not in (",", ":") or doc[i - 2].text not in CHAIR_TITLES:
        return False
    before = doc_text(doc)[: doc[i - 2].idx].rstrip(" \t")
    return not before or before.endswith("\n")


def _foreign_name_word(token) -> bool:
    """Whether a token is a capitalised word of a name in its own language ("España", "d'Italia")."""
    return (token.is_title and token.is_alpha) or bool(FOREIGN_ELIDED.fullmatch(token.text))


# A body's own head word ("Board", "Office"): after "and of the", it opens another body.
OWN_BODY_HEADS = NAMED_BODY_HEADS | INSTITUTION_WORDS


def _other_body_after(doc: Doc, k: int) -> bool:
    """ "the Ministries of Health and Energy, and of the Tax Appeals Board": "of the" then a body's own
    head opens another body, no remit of the listed heads'."""
    if doc[k : k + 1].text.lower() != "the":
        return False
    j = k + 1
    while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        if doc[j].text in OWN_BODY_HEADS:
            return True
        j += 1
    return False


def _listed_remit_goes_on(doc: Doc, k: int) -> bool:
    """Whether ", de [la] Réinsertion des ..." at k lists one more remit of a body's name: its capitalised word is
    followed by more of the name, where ", de Madrid" (the body's city) ends there."""
    if k < len(doc) and doc[k].lower_ in FOREIGN_PARTICLES:
        k += 1
    if k + 1 >= len(doc) or not _foreign_name_word(doc[k]) or "\n" in doc[k].whitespace_:
        return False
    follower = doc[k + 1]
    return _foreign_name_word(follower) or follower.lower_ in FOREIGN_LINKS | FOREIGN_JOINERS | FOREIGN_PARTICLES


def _english_word(word: str) -> bool:
    """Whether a lower-case word is English ("... Jacques Chirac met."): the sentence's, not a French name's."""
    words = english_words()
    return words is not None and bool(words.known([word]))


def _sentence_case_bodies(doc: Doc) -> list[Span]:
    """French bodies named in sentence case: "Institut national du patrimoine", "Musée de l'Armée", "Musée du
    quai Branly - Jacques Chirac". Lower-case words after the last capitalised one belong to the name only
    where a bracket, a stop or the line's end closes it (else they may be the English sentence going on)."""
    found = []
    for i in indices_of(doc, SENTENCE_CASE_HEADS):
        end = k = i + 1
        while k < len(doc) and k - i < MAX_NAME_TOKENS and not doc[k].is_sent_start:
            t = doc[k]
            if _foreign_name_word(t):
                end = k + 1
            elif t.text in ("-", "–") and t.whitespace_ and k + 1 < len(doc) and _foreign_name_word(doc[k + 1]):
                pass  # "Musée du quai Branly - Jacques Chirac": the name's second part
            elif not (t.is_lower and t.is_alpha and t.lower_ not in STOP_WORDS) and t.lower_ not in FOREIGN_LINKS:
                break
            if "\n" in t.whitespace_:
                k += 1
                break
            k += 1
        last_closes = k >= len(doc) or doc[k].text in SENTENCE_CASE_CLOSERS or "\n" in doc[k - 1].whitespace_
        if (
            last_closes
            and doc[k - 1].is_lower
            and doc[k - 1].is_alpha
            and doc[k - 1].lower_ not in FOREIGN_LINKS
            and not _english_word(doc[k - 1].lower_)
        ):
            end = k  # "Institut national du patrimoine (INP)", "the Institut français" closing its line
        while end > i + 1 and doc[end - 1].lower_ in FOREIGN_LINKS:
            end -= 1
        if end > i + 1:
            found.append(doc[i:end])
    return found


def _is_bullet(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a list item's mark: a dash or bullet at a line's or a sentence's start."""
    if i < 0 or doc[i].text not in BULLETS:
        return False
    before = doc_text(doc)[: doc[i].idx].rstrip(" \t")
    return not before or before[-1] in "\n.:;—"  # "... including— - Florida Atlantic University"


# "Banco Central de la República Argentina" and "Central Bank of the Argentine Republic": a central bank's names
# say "central" in both languages, so it pairs only with the other central bank of its place.
FOREIGN_STATE_BANK = re.compile(
    r"(?:Banque|Banco|Banca)(?P<central>[ \t]+[Cc]entra(?:l|le))?"
    r"[ \t]+(?:(?:du|de[ \t]+la|del|de|do|da|di)[ \t]+|(?:de[ \t]+l|d)['’])(?P<place>.+)"
)
ENGLISH_STATE_BANK = re.compile(r"(?P<central>Central[ \t]+)?Bank[ \t]+of[ \t]+(?:the[ \t]+)?(?P<place>.+)")


@functools.lru_cache(maxsize=1)
def _as_written_names() -> dict[str, tuple[str, ...]]:
    """Records named as the letter writes them, by their canonical name: the short names in order of preference."""
    return {r["name"]: tuple(r["as_written"]) for r in organisation_records() if r.get("as_written")}


def _named_as_written(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body that states name differently ("ISIS", "ISIL", "Daesh") by the first of its short names the letter writes."""
    spellings = _as_written_names()
    if not any(c[2] in spellings for c in chosen):
        return chosen
    text = doc_text(doc)
    out = []
    for start, end, name, rule in chosen:
        written = [
            n
            for n in spellings.get(name, ())
            if any(literal_matches(text, n, NO_WORD_OR_HYPHEN_BEFORE, NO_WORD_OR_HYPHEN_AFTER))
        ]
        out.append((start, end, written[0] if written else name, rule))
    return out


@functools.lru_cache(maxsize=1)
def _founding_years() -> dict[str, int]:
    """The year each body the table dates was founded, by its canonical name."""
    return {r["name"]: r["founded"] for r in organisation_records() if r.get("founded")}


def _founded_by_then(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Bodies the letter can name: "DFC" in a 1998 letter's filing code is not the US corporation founded in 2019."""
    date = doc.user_data.get(LETTER_DATE_KEY)
    founded = _founding_years()
    if date is None:
        return chosen
    return [c for c in chosen if founded.get(c[2], 0) <= date.year]


def _fund_opening_letterhead(doc: Doc, columns: list[str]) -> list[Span]:
    """ "FUND FOR CLEANER HARBOURS" heading its own letter: the fund's name as the text writes it, its lower-case
    words and all ("Fund for cleaner Harbours"), a body that issues the text."""
    found = []
    for column in columns:
        words = column.split()
        if not (1 < len(words) <= MAX_NAME_TOKENS and words[0].lower() == "fund" and words[1].lower() == "for"):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(column)}(?![\w-])", doc_text(doc), re.IGNORECASE):
            span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
            if span is not None and span[0].text == "Fund" and span[-1].is_title:
                found.append(span)
    return found


def _role_named_in_brackets(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "cc: Trustee (World Bank, ...)": a one-word role a body plays, the body the data knows named in brackets
    after it, is that body wherever the letter names the role ("as reported by the Trustee")."""
    known = {c[0]: c[2] for c in chosen if c[3] in ("organisation.name", "organisation.acronym")}
    roles = {c[2] for c in chosen if c[3] == "organisation.institution" and c[1] - c[0] == 1 and c[2] == doc[c[0]].text}
    renamed = {
        token.text: known[token.i + 2]
        for token in (doc[i] for i in indices_of(doc, roles))  # the roles' tokens, in order, found with numpy
        if doc[token.i + 1 : token.i + 2].text == "(" and token.i + 2 in known
    }
    return [(c[0], c[1], renamed.get(c[2], c[2]), c[3]) if c[3] == "organisation.institution" else c for c in chosen]


def _without_bracketed_own_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "the National Emergency Commission (Comisión Nacional de Emergencias)": a name in its own language in
    brackets after a body's English name, its acronym after a comma or not, is that body's, not another one."""
    ends = {c[1] for c in chosen if doc[c[0]].text not in FOREIGN_HEADS}
    return [
        c
        for c in chosen
        if not (
            doc[c[0]].text in FOREIGN_HEADS
            and doc[c[0]].text not in ORG_HEADS
            and c[0] >= 2
            and doc[c[0] - 1].text == "("
            and c[0] - 1 in ends
            and c[1] < len(doc)
            and (doc[c[1]].text == ")" or _acronym_closes_bracket(doc, c[1]))
        )
    ]


def _acronym_closes_bracket(doc: Doc, i: int) -> bool:
    """Whether ", ACRONYM)" closes the bracket at ``i`` ("(Garde Côtière, GC)")."""
    return doc[i : i + 1].text == "," and doc[i + 1 : i + 2].text.isupper() and doc[i + 2 : i + 3].text == ")"


def _state_bank_key(m: re.Match) -> tuple[str, bool]:
    """A state bank's place (its country's code where it names one) and whether it is the central bank."""
    return country_code(m.group("place")) or without_accents(m.group("place")).lower(), bool(m.group("central"))


def _translated_state_banks(chosen: list[Candidate]) -> list[Candidate]:
    """A state's bank named in its own language beside its English name ("Banque du Zaïre", "Bank of Zaire") is
    one body, by the English name the letter uses."""
    english = {}
    for c in chosen:
        m = ENGLISH_STATE_BANK.fullmatch(c[2])
        if m:
            english[_state_bank_key(m)] = c[2]
    out = []
    for start, end, name, rule in chosen:
        m = FOREIGN_STATE_BANK.fullmatch(name)
        if m:
            name = english.get(_state_bank_key(m), name)
        out.append((start, end, name, rule))
    return out


# The words of "... Partners" as the donors' community ("Donor and Implementing Partners").
PARTNER_CLASS_OR_AND = PARTNER_CLASS_WORDS | {"and"}


def _letter_readings(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Names the letter itself explains: a name said again by its last words, an acronym of the body it names."""
    # "the Red Cross" after "the Spanish Red Cross", "the Bank Group" after "the African Development
    # Bank Group": that body. "ADB" in an African Development Bank release that never names the Asian
    # Development Bank: the named body whose initials it is.
    text = doc_text(doc)
    chars = [(doc[c[0]].idx, doc[c[1] - 1].idx + len(doc[c[1] - 1]), c) for c in chosen]
    named = {c[2] for c in chosen if c[3] != "organisation.acronym"}
    read = []
    for start, end, c in chars:
        said = text[start:end]
        norm = c[2]
        heads_only = all(w in ORG_HEADS for w in said.split())
        if " " in said and (said != norm or heads_only):
            for at, until in literal_matches(text, said, NO_WORD_OR_HYPHEN_BEFORE, NO_WORD_OR_HYPHEN_AFTER):
                # A guessed alias must be the longer name's end; heads alone may run past it.
                longer = next(
                    (
                        o
                        for s, e, o in chars
                        if s < at < e
                        and (heads_only or e == until)
                        and o[2] != norm
                        # "the Council of the League of Arab States": a name after "of" is the owner, not the body
                        and not re.search(r"\bof(?:[ \t]+the)?[ \t]+$", text[s:at])
                    ),
                    None,
                )
                if longer is not None:
                    norm = longer[2]
                    break
        elif c[3] == "organisation.acronym" and norm not in text:
            norm = next((n for n in sorted(named) if capital_initials(n.split()) == said and n in text), norm)
        read.append((c[0], c[1], norm, c[3]))
    return read


class OrganisationMatcher:
    """spaCy component: organisations into ``doc.spans["organisation"]``."""

    def __init__(
        self,
        nlp: Language,
        max_name_tokens: int = MAX_NAME_TOKENS,
        max_acronym_tokens: int = MAX_ACRONYM_TOKENS,
        max_remit_tokens: int = MAX_REMIT_TOKENS,
    ) -> None:
        self.max_name_tokens = max_name_tokens
        self.max_acronym_tokens = max_acronym_tokens
        self.max_remit_tokens = max_remit_tokens
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[str, tuple[dict, str]] = {}
        for record in organisation_records():
            phrases = [(p, "organisation.name") for p in [record["name"], *record.get("aliases", [])]]
            phrases += [(a, "organisation.acronym") for a in record.get("acronyms", [])]
            for phrase, rule in phrases:
                # Acronyms ("WHO", "ICE") only as written; names also in their variants.
                forms = {phrase} if phrase.isupper() or rule.endswith("acronym") else variants(phrase)
                for form in forms:
                    key = f"{record['name']}|{form}|{int(bool(record.get('context')))}"
                    self.keys[key] = (record, rule)
                    self.matcher.add(key, [nlp.make_doc(form)])
        self.national_matcher = PhraseMatcher(nlp.vocab)
        self.national_matcher.add("national_body", [nlp.make_doc(name) for name in sorted(NATIONAL_BODY_NAMES)])
        self.index = canonical_index()
        self.kinds = {record["name"]: record["kind"] for record in organisation_records()}
        self.acronym_set = frozenset(k.split("|")[1] for k in self.keys if k.split("|")[1].isupper())
        self.author_remits = {head: _head_remits(self.index, head) for head in BARE_AUTHOR_HEADS}

    def __call__(self, doc: Doc) -> Doc:
        # Candidates are (start, end, canonical, rule) tuples, not Spans: spaCy keys a span's
        # extension values by its character offsets alone, so two candidate Spans over the same
        # tokens would share one norm.
        candidates: list[tuple[int, int, str, str]] = []
        for match_id, start, end in match_ignoring_spaces(self.matcher, doc):
            span = Span(doc, start, end, label=match_id)
            record, rule = self.keys[span.label_]
            if self._keep(doc, span, record, rule):
                rule = "organisation.context" if record.get("context") else rule
                candidates.append((start, end, record["name"], rule))
        candidates = _without_movement_parts(doc, candidates)
        candidates = _acronyms_of_named_namesakes(doc, candidates)
        candidates = self._absorb_owner(doc, candidates)
        candidates = self._national_societies(doc, candidates)
        candidates = self._resolve_bare(candidates, str(doc.user_data.get(AUTHOR_KEY) or ""))
        candidates += self._author_department(doc, candidates, str(doc.user_data.get(AUTHOR_KEY) or ""))
        candidates += _author_by_initials(doc, candidates, str(doc.user_data.get(AUTHOR_KEY) or ""))
        candidates = self._resolve_council(doc, candidates)
        candidates += self._office_holders(doc, candidates)
        missions = self._missions(doc)
        defined = self._defined_acronyms(doc, missions)
        redefined = {(span.start, span.end) for span, name in defined if not canonical_name(self.index, name)}
        # "the National Research Council of Canada (NRC)": the letter's own definition of an acronym, a body
        # the data does not know, outranks the data's body of the same acronym (the Norwegian Refugee Council).
        candidates = [c for c in candidates if not (c[3] == "organisation.acronym" and c[:2] in redefined)]
        for span, name in defined:
            candidates.append((span.start, span.end, name, "organisation.defined"))
        known = [c for c in candidates if c[3] != "organisation.defined"]
        named = self._national_departments(doc) + self._foreign_bodies(doc) + self._cued_groups(doc)
        named += _sentence_case_bodies(doc)
        candidates += self._state_missions(doc) + _eu_delegations(doc)
        named += self._funds_and_offices(doc) + self._issuing_funds(doc)
        candidates += self._capital_letterhead(doc)
        candidates += self._listed_after_kind(doc)
        candidates += _organs_after_acronym(doc)
        for span in missions + named + self._companies(doc, known):
            candidates.append(
                (span.start, span.end, canonical_name(self.index, span.text) or span.text, "organisation.institution")
            )
        for span in self._institutions(doc) + self._named_bodies(doc) + self._groupings(doc):
            span = _before_known_name(doc, _with_office_owner(doc, span), known)
            if any(c[1] == span.start and doc[c[0] : c[1]].text.isupper() for c in known) and any(
                t.text in OWNED_INSTITUTION_WORDS for t in span
            ):
                continue  # "the UNHCR Regional Office for Europe": a part of the known UNHCR
            inside = [
                c for c in known if span.start <= c[0] and c[1] <= span.end and not _listed_remit(doc, span, c[0], c[1])
            ]
            first = inside[0] if len(inside) == 1 and inside[0][0] == span.start else None
            if (
                first
                and first[1] - first[0] == 1
                and doc[first[0]].is_upper
                and span.end - first[1] == 2
                and doc[span.end - 1].text in NAMED_FORCES_HEADS
            ):
                pass  # "the ECOWAS Standby Force": the organisation's own force, named by it
            elif first and first[1] < span.end and doc[first[1]].text in ("-", "–") and not doc[first[0]].whitespace_:
                pass  # "the NATO-Georgia Commission": the known body and its partner name a joint body
            elif (
                first
                and first[1] - first[0] == 1
                and doc[first[0]].is_upper
                and span.end - first[1] >= 2
                and doc[span.end - 1].text in NAMED_BODY_HEADS
            ):
                # "the OECD Development Assistance Committee": the known OECD, then the body.
                span = doc[first[1] : span.end]
            elif (
                first
                and first[1] - first[0] == 1
                and doc[first[0]].is_upper
                and span.end - first[1] == 1
                and doc[span.end - 1].text in OWN_ORGAN_HEADS
            ):
                pass  # "the ECOWAS Commission": an organisation's own organ, a body of its own
            elif first and first[1] - first[0] > 1:
                pass  # "African Union Development Agency": a body of its own, named after another
            elif (
                len(inside) == 1
                and doc[span.start].text in ORGAN_OF_HEADS
                and doc[span.start + 1 : span.start + 3].text == "of the"
                and inside[0][:2] == (span.start + 3, span.end)
                and doc_text(doc).count(doc[span.start + 3 : span.end].text) > 1
            ):
                # "the Council of the League of Arab States": the known body's organ, a body of its own, where
                # the letter names the body elsewhere too (else the body is the one it means)
                pass
            elif inside:
                continue  # "Office of the UN High Commissioner for Refugees" is the known UNHCR
            candidates.append(
                (span.start, span.end, canonical_name(self.index, span.text) or span.text, "organisation.institution")
            )
        # First, so that a listed remit's own name ("the Departments of ..., Public Enterprises, and ...") wins a
        # tie over the same words read alone (a firm's "Enterprises"): _select keeps the first of equal spans.
        candidates = self._coordinated_institutions(doc) + candidates + self._coordinated_heads(doc)
        candidates += _presidencies_of_bodies(doc, candidates)
        candidates = _chamber_committees(doc, candidates)
        chosen = self._one_name_per_body(doc, candidates, self._select(candidates))
        chosen = [c for c in chosen if not _bare_head(doc, c)]
        chosen = self._shortened_names(
            self._compact_forms(doc, _named_by_known_acronym(doc, chosen)), str(doc.user_data.get(AUTHOR_KEY) or "")
        )
        chosen = _completed_by_letterhead(doc, chosen, str(doc.user_data.get(AUTHOR_KEY) or ""))
        chosen = _with_country_affiliate(doc, _with_owners_in_plural(doc, _with_joined_remits(doc, chosen)))
        chosen = sorted(chosen + self._list_mates(doc, chosen))
        chosen = _lone_heads_in_full(doc, sorted(chosen + self._short_aliases(doc, chosen)))
        chosen = _with_state_long_name(doc, _listed_by_bracketed_acronym(doc, chosen))
        chosen = _translated_state_banks(_letter_readings(doc, _without_bracketed_own_names(doc, chosen)))
        chosen = _with_foreign_country_tail(doc, _without_calendar_tail(doc, _without_line_openers(doc, chosen)))
        chosen = _named_as_written(doc, _bare_parliament(_national_affiliates(doc, chosen, self.kinds)))
        chosen = _one_name_when_shortened(_provincial_departments(doc, chosen))
        chosen = _founded_by_then(doc, self._known_across_break(doc, _role_named_in_brackets(doc, chosen)))
        # "via the Directorate of the Finnish Board for ... (FBX)": a head cut before the defined body
        # whose name it is an organ of ends on a connector, no name of its own
        chosen = [c for c in _missions_by_their_state_name(chosen) if c[2].split()[-1] not in NAME_CONNECTORS]
        chosen = _without_boards_of_named_bodies(doc, _from_second_nation(doc, chosen))
        chosen = _aliases_of_named_namesakes(doc, chosen)
        set_spans(doc, FAMILY, [self._org(doc, *_with_stop_rule(doc, c)) for c in chosen])
        if "region" in doc.spans:
            # "Gulf Cooperation Council", "Union for the Mediterranean": the region word is part
            # of a known organisation's name, not a region the letter speaks of.
            known_spans = [c for c in chosen if c[3] in ("organisation.name", "organisation.acronym")]
            doc.spans["region"] = [
                r for r in doc.spans["region"] if not any(c[0] <= r.start and r.end <= c[1] for c in known_spans)
            ]
        return doc

    def _known_across_break(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "United Nations Multidimensional Integrated Stabilization Mission / in the Central African Republic": an
        address block's lines read as paragraphs cut a name the data knows; the next line completes it."""
        out = []
        taken = {k for c in chosen for k in range(c[0], c[1])}
        for start, end, name, rule in chosen:
            if rule == "organisation.institution" and end + 1 < len(doc) and doc[end].is_space:
                rest = [t for t in doc[end + 1 : end + 1 + self.max_name_tokens] if not t.is_space]
                for k in range(len(rest), 0, -1):
                    known = canonical_name(self.index, f"{doc[start:end].text} {' '.join(t.text for t in rest[:k])}")
                    if known and rest[0].is_lower and not taken & set(range(end + 1, rest[k - 1].i + 1)):
                        end, name = rest[k - 1].i + 1, known
                        break
            out.append((start, end, name, rule))
        return out

    def _resolve_bare(
        self, candidates: list[tuple[int, int, str, str]], author: str
    ) -> list[tuple[int, int, str, str]]:
        """A bare "the Commission" is the other Commission the letter names or writes from."""
        others = {
            c[2]
            for c in candidates
            if c[3] != "organisation.context" and c[2].endswith(" Commission") and c[2] != EU_COMMISSION
        }
        if not others and author:
            lowered = " ".join(author.lower().split())
            others = {
                name
                for phrase, name in self.index.items()
                if name.endswith(" Commission") and name != EU_COMMISSION and phrase in lowered and " " in phrase
            }
        own = AUTHOR_COMMISSION.search(author)
        if own and own.group("owner") in self.acronym_set:
            # "President of the ECOWAS Commission" signs: "the Commission" is the author's own, whichever
            # other commission the letter names (the African Union Commission, copied in)
            # (one the data knows, whose seat no reader takes for a beneficiary)
            others = {canonical_name(self.index, f"{own.group('owner')} Commission")} - {EU_COMMISSION, None}
        if len(others) != 1:
            return candidates
        other = others.pop()
        return [
            (c[0], c[1], other, c[3]) if c[3] == "organisation.context" and c[2] == EU_COMMISSION else c
            for c in candidates
        ]

    def _national_societies(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "the Lithuanian Red Cross", "the Kenya Red Cross Society", "Irish Aid", "the Red Cross of Chad": a
        nation's own body named after it (NATIONAL_BODY_NAMES), not the International Committee of the Red Cross."""
        table = country_table()
        found: dict[tuple[int, int], Candidate] = {}
        for _match_id, start, end in self.national_matcher(doc):
            for width in (3, 2, 1):
                country = doc[max(0, start - width) : start]
                if len(country) == width and country.text in table and country[0].is_title:
                    if end < len(doc) and doc[end].text == NATIONAL_BODY_TAIL:
                        end += 1
                    if end < len(doc) and doc[end].lower_ in NATIONAL_PROGRAMME_WORDS:
                        break  # "under the Polish Aid programme": the nation's aid programme, not its agency
                    name = f"{country.text} {doc[start:end].text}"
                    canonical = canonical_name(self.index, name) or name
                    found[(start, end)] = (country.start, end, canonical, "organisation.institution")
                    break
            else:
                # The nation after the name: "the Red Cross of Chad", as some societies are named.
                for width in (3, 2, 1):
                    country = doc[end + 1 : end + 1 + width]
                    if (
                        end < len(doc)
                        and doc[end].lower_ == "of"
                        and len(country) == width
                        and country.text in table
                        and country[0].is_title
                    ):
                        name = f"{doc[start:end].text} of {country.text}"
                        found[(start, country.end)] = (start, country.end, name, "organisation.institution")
                        break
        # The movement's name inside a national society's ("Red Cross") is that society's.
        inside = {i for a, b in found for i in range(a, b)}
        return [c for c in candidates if not set(range(c[0], c[1])) <= inside] + list(found.values())

    def _author_department(self, doc: Doc, candidates: list[Candidate], author: str) -> list[Candidate]:
        """A bare "the Department" / "the Ministry" in a letter from a known one ("Secretary of
        Homeland Security", a letterhead "Department of X") is that body."""
        lowered = " ".join(author.lower().split())
        if not lowered:
            return []
        found = []
        for head in BARE_AUTHOR_HEADS:
            # The remit's words are in the author's line wherever either pattern finds it: a cheap test first.
            names = {
                name
                for name, remit in self.author_remits[head]
                if remit in lowered and all(pattern.search(lowered) for pattern in _author_remit_patterns(name, remit))
            }
            if not names:
                names = _bodies_named_in(author, head)
            if len(names) != 1:
                continue
            name = names.pop()
            # "Standing Committee on Foreign Affairs ..." in the letterhead and the body: the words
            # before the head are the name's where the letter writes them with it (its fullest name).
            fuller = {doc[s:e].text for s, e in _longer_names_ending(doc, name)}
            name = max(fuller, key=len) if len(fuller) == 1 else name
            taken = {i for c in candidates for i in range(c[0], c[1])}
            for i in indices_of(doc, {head}):
                if i == 0 or doc[i - 1].lower_ not in AUTHOR_BODY_DETERMINERS or i in taken or doc[i].is_sent_start:
                    continue
                if i + 1 < len(doc) and (doc[i + 1].lower_ in ("of", "for") or doc[i + 1].is_title):
                    continue  # "the Department of Labor", "the Department Store": a name of its own
                if doc[i + 1 : i + 2].text == "on" and doc[i + 2 : i + 3].text.istitle():
                    if doc[i + 2].text not in CALENDAR_WORDS:
                        continue  # "the Committee on Budgets" in the letter of another committee: another one
                found.append((i, i + 1, name, "organisation.name"))
        return found

    def _capital_letterhead(self, doc: Doc) -> list[Candidate]:
        """A body's name in capitals over the first lines of the text, its "OF ..." line run on
        ("MINISTRY OF FOREIGN AFFAIRS / OF THE REPUBLIC OF POLAND"): a letterhead the reader left in."""
        text = doc_text(doc)
        # A translator's bracketed note ("[Translation from Arabic]") and a line in the author's own script
        # may stand over the letterhead: skipped, not an end of it.
        lines = list(
            itertools.islice(
                (
                    m
                    for m in re.finditer(r"[^\n]+", text)
                    if not TRANSLATOR_NOTE.fullmatch(m.group().strip()) and re.search(r"[A-Za-z]", m.group())
                ),
                MAX_LETTERHEAD_LINES,
            )
        )
        capitals = []
        for m in lines:
            if not (m.group().strip().isupper() and re.search(r"[A-Z]{2}", m.group())):
                break
            capitals.append(m)
        found = []
        k = 0
        while k < len(capitals):
            first, last = capitals[k], capitals[k]
            while k + 1 < len(capitals) and LETTERHEAD_GOES_ON.match(capitals[k + 1].group()):
                k += 1
                last = capitals[k]
            k += 1
            start = first.start() + len(first.group()) - len(first.group().lstrip())
            # "REPUBLIC OF ... – MINISTRY OF AGRICULTURE": the state, a spaced dash, then its body
            dash = LETTERHEAD_DASH.search(first.group())
            if dash is not None:
                start = first.start() + dash.end()
            # "OFFICE OF ... (OFAD) COUNCIL OF ... (COPRA)": lines run together, each name
            # closed by its acronym in brackets
            pieces = re.finditer(r"[^()]+(?=\([A-Z][A-Za-z]+\)|\Z)", text[start : last.end()])
            for piece in (column for p in pieces for column in _letterhead_columns(p)):
                words = piece.group().split()
                if not words:
                    continue
                named_by_head = (
                    words[-1].title() in NAMED_BODY_HEADS
                    and (
                        len(words) in (2, 3)  # "AUDIT BUREAU"
                        # "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY SECRETARIAT": a body the data knows, then its organ
                        or canonical_name(self.index, natural_case(" ".join(words[:-1]), particles=BODY_NAME_PARTICLES))
                        is not None
                    )
                )
                if not named_by_head and (
                    len(words) < 3 or words[0].title() not in LETTERHEAD_HEADS or words[1] not in ("OF", "FOR", "ON")
                ):
                    continue
                lead = len(piece.group()) - len(piece.group().lstrip())
                length = len(piece.group().rstrip())
                country_end = _letterhead_country_end(words)
                if country_end < len(words):
                    # "EMBASSY OF PORTUGAL / MAPUTO" joined into one line: the country closes the name, its city follows
                    words = words[:country_end]
                    length = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), piece.group()).end()
                span = doc.char_span(start + piece.start() + lead, start + piece.start() + length)
                if span is None:
                    continue
                name = natural_case(" ".join(words), particles=BODY_NAME_PARTICLES)
                found.append(
                    (span.start, span.end, canonical_name(self.index, name) or name, "organisation.institution")
                )
        return found

    def _absorb_owner(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """ "UN OCHA": the UN's short name before one of its own bodies is part of that body's
        name, not a second organisation ("AU PSC" is not the EU's PSC, so only the UN's)."""
        starts = {c[0]: c for c in candidates if c[3] in ("organisation.name", "organisation.acronym")}
        out = []
        for c in candidates:
            follower = starts.get(c[1])
            if (
                c[1] - c[0] == 1
                and doc[c[0]].text in ("UN", "U.N.")
                and follower is not None
                and doc[c[0]].whitespace_
                and self.kinds.get(follower[2]) == UN_KIND
                and follower[2] != c[2]
            ):
                continue
            out.append(c)
        return out

    @staticmethod
    def _resolve_council(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """A bare "the Council" after "the UN Security Council" is that Council, not the EU's; so after a council
        the data does not know ("the TEXA National Council"), named in full before it."""
        written = []
        for match in NAMED_COUNCIL.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                written.append((span.start, span.end, span.text, "organisation.institution"))
        named = sorted(
            (
                c
                for c in candidates + written
                if c[3] != "organisation.context" and c[2].endswith(" Council") and c[2] not in NOT_ANTECEDENT_COUNCILS
            ),
            key=lambda c: c[1],
        )
        if not named:
            return candidates
        out = []
        for c in candidates:
            if c[3] == "organisation.context" and c[2] == EU_COUNCIL and c[1] - c[0] == 1:
                words = [t.lower_ for t in doc[max(0, c[0] - 3) : c[0]]]
                before = [n for n in named if n[1] <= c[0]]
                if before and "parliament" not in words:  # "Parliament and the Council" is the EU's
                    c = (c[0], c[1], before[-1][2], c[3])
            out.append(c)
        return out

    @staticmethod
    def _select(candidates: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Longest match wins; among equal spans the data's name beats a pattern's."""
        order = {
            "organisation.name": 0,
            "organisation.acronym": 0,
            "organisation.context": 0,
            "organisation.defined": 1,
            "organisation.institution": 2,
        }
        unique: dict[tuple[int, int], tuple[int, int, str, str]] = {}
        for candidate in sorted(candidates, key=lambda c: order.get(c[3], 3)):
            unique.setdefault((candidate[0], candidate[1]), candidate)
        ordered = sorted(unique.values(), key=lambda c: (-(c[1] - c[0]), c[0]))
        taken, used = [], set()
        for candidate in ordered:
            tokens = set(range(candidate[0], candidate[1]))
            if not tokens & used:
                taken.append(candidate)
                used |= tokens
        return sorted(taken)

    def _office_holders(self, doc: Doc, candidates: list) -> list[tuple[int, int, str, str]]:
        """A cabinet officer acts for the body whose name is the office's ("the Secretary of the
        Interior" → Department of the Interior, "the United States Trade Representative" → Office of
        the United States Trade Representative), when the data knows that body."""
        taken = {i for c in candidates for i in range(c[0], c[1])}
        found = []
        # "The Secretary of State for International Cooperation ... the Secretary of State said": a
        # title the letter gives with "for" (or "in the", as Honduras' "Secretary of State in the Finance
        # Office") is a minister's abroad, also where it is said again bare.
        titled_for = {m.group(1) for m in re.finditer(r"\bSecretary of ([A-Z][a-z]+) (?:for|in the)\b", doc_text(doc))}
        for pattern, template in OFFICE_HOLDERS:
            for match in pattern.finditer(doc_text(doc)):
                words = match.group("remit").split()
                if words[0] in titled_for:
                    continue
                for n in range(len(words), 0, -1):  # "Secretary of State Antony Blinken": the longest known
                    name = canonical_name(self.index, template.format(" ".join(words[:n])))
                    if name is None:
                        continue
                    end = match.start("remit") + len(" ".join(words[:n]))
                    span = doc.char_span(match.start(), end, alignment_mode="expand")
                    if span is not None and not taken & set(range(span.start, span.end)):
                        found.append((span.start, span.end, name, "organisation.office_holder"))
                    break
        for match in TITLE_AFTER_REMIT.finditer(doc_text(doc)):
            words = match.group("remit").split()
            for n in range(len(words)):  # "U.S. Homeland Security Secretary": the longest known remit
                remit = " ".join(words[n:])
                if remit in NOT_REMITS_BEFORE_TITLE:
                    break
                name = next(
                    (c for c in (canonical_name(self.index, t.format(remit)) for t in REMIT_BODY_TEMPLATES) if c), None
                )
                if name is None:
                    continue
                span = doc.char_span(match.end("remit") - len(remit), match.end(), alignment_mode="expand")
                if span is not None and not taken & set(range(span.start, span.end)):
                    found.append((span.start, span.end, name, "organisation.office_holder"))
                break
        return found

    def _keep(self, doc: Doc, span: Span, record: dict, rule: str) -> bool:
        """Whether the context allows this data match (EU context, bare "Council", headings)."""
        if record.get("requires") and record["requires"] not in doc_text(doc):
            return False  # "the Parliament" is the European one only where the letter names it
        if (
            record.get("requires")
            and span.text != record["name"]
            and span.end < len(doc)
            and doc[span.end].is_title
            and not doc[span.end].is_sent_start
        ):
            return False  # "the Commonwealth Heads of Government Meeting": a bare alias opening a longer name
        if (
            rule == "organisation.acronym"
            and record["kind"] == ARMED_GROUP_KIND
            and not _armed_group_named(doc, span, record)
        ):
            return False  # "existing HTS tariff lines": another thing's acronym
        if span.text.isupper() and _in_reference_code(doc_text(doc), span.start_char, span.end_char):
            return False  # "No. XYZ/ADM/2011/17": a file reference's letters, no body acting
        if record.get("needs_eu") and not any(marker in doc_text(doc) for marker in EU_MARKERS):
            return False  # "other Member States" in an ECOWAS letter are ECOWAS's
        if record.get("needs_eu") and span.text in record.get("aliases", []) + [record["name"]]:
            if not span.text.startswith("EU") and _author_has_members(doc):
                return False  # "Member States" in a regional bank's summary that names an EU fund are the bank's
        eu_namesake = eu_context_phrases().get(span.text)
        if record.get("context") == "national" and (
            (is_eu_context(doc) and eu_namesake is not None and eu_namesake in doc_text(doc))
            or re.match(r"\s+of\b", doc_text(doc)[span.end_char : span.end_char + 4])
        ):
            # "the Parliament" of an EU letter is the European one ("the National Treasury" has no EU
            # namesake), unless the letter names none its namesake needs (a Namibian letter on EU money
            # that names no European Parliament); "Parliament of Georgia" another's
            return False
        if (
            record.get("context") == "national"
            and span.end < len(doc)
            and doc[span.end].is_title
            and not doc[span.end].is_sent_start
        ):
            return False  # "the Senate Legal and Constitutional Affairs References Committee": a longer name
        if record.get("context") in ("eu", "national"):
            if record["context"] == "eu" and not is_eu_context(doc):
                return False
            if record["context"] == "eu" and OTHER_BODY_TAIL.match(doc_text(doc)[span.end_char : span.end_char + 40]):
                return False  # "the Council of Ministers" of a national letter: another body's head
            prev = doc[span.start - 1] if span.start > 0 else None
            if (
                prev is not None
                and not prev.is_sent_start
                and (prev.is_title or prev.is_upper)
                and prev.is_alpha
                and prev.text not in ("The",)
            ):
                return False  # "Association Council", "Federal Trade Commission"
            if prev is not None and prev.text in ("-", "–"):
                return False  # "EU-Egypt Association Council" split at the hyphen
        nxt = doc[span.end] if span.end < len(doc) else None
        if (
            rule == "organisation.name"
            and span.text != record["name"]
            and len(span) > 1
            and nxt is not None
            and nxt.is_title
            and nxt.is_alpha
            and not nxt.is_sent_start
            and not doc[span.end - 1].whitespace_.count("\n")
            # "Security Council Resolution 2292", "Global Alliance Conference": the body's own act or event
            and nxt.text not in PROGRAMME_HEADS | INSTRUMENT_WORDS
        ):
            return False  # "Global Alliance Against Hunger": a short alias opening a longer, other name
        if rule == "organisation.name" and nxt is not None and nxt.text in STREET_WORDS:
            return False  # "United Nations Avenue, Gigiri": a street named after the body, in an address
        if rule == "organisation.name" and _ends_instrument_name(doc, span):
            return False  # "the Treaty on the Functioning of the European Union": the treaty's name
        prev = doc[span.start - 1] if span.start > 0 else None
        if (
            rule == "organisation.name"
            and span[0].text in GENERIC_FIRST_WORDS
            and prev is not None
            and prev.is_alpha
            and (prev.is_title or prev.is_upper)
            and not prev.is_sent_start
            and prev.text not in QUALIFIERS
        ):
            return False  # "Georgia General Assembly", "World Congress": a longer unknown name
        if (
            rule == "organisation.name"
            and span[0].text in GENERIC_FIRST_WORDS
            and span.start > 1
            and prev.lower_ in ("and", "&")
            and doc[span.start - 2].is_title
            and doc[span.start - 2].is_alpha
            and not doc[span.start - 2].is_sent_start
            and doc[span.start - 2].text not in ORG_HEADS | NAMED_BODY_HEADS
        ):
            # "Peace and Security Council": the tail of a longer name ("Parliament and Council"
            # are two bodies)
            return False
        if (
            len(span) == 1
            and not span.text.isupper()
            and span.start > 0
            and doc[span.start - 1].lower_ in FOREIGN_PARTICLES
        ):
            return False  # "Comité de Lutte contre le Sida": after a Romance article the word is that language's
        if rule == "organisation.acronym" or span.text.isupper():
            if _capitals_sentence(span):
                # A cable's or telegram's sentence, all in capitals: its known names are names; an acronym
                # that is also an English word ("WHO", "CARE") is the word.
                words = english_words()
                return len(span) > 1 or words is None or not words.known([span.text.lower()])
            neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
            if any(t.is_alpha and t.is_upper and len(t) > 1 and t.text not in self.acronym_set for t in neighbours):
                return False  # a word in a heading written in capitals
        return True

    def _defined_acronyms(self, doc: Doc, missions: list[Span]) -> list[tuple[Span, str]]:
        """Names defined with an acronym in brackets, and later uses of the acronym.

        A mission's acronym need not spell its English name ("UN Stabilization Mission in Haiti
        (MINUSTAH)"): it is defined by standing in brackets right after the mission's name.
        """
        found: list[tuple[Span, str]] = []
        acronyms: dict[tuple[str, ...], str] = {}
        for i in indices_of(doc, ("(",)):
            inner = self._bracketed_acronym(doc, i)
            if inner is None:
                continue
            acronym = inner.text
            # "AUDA-NEPAD": the letters before the hyphen spell the name.
            for part in dict.fromkeys((acronym, acronym.split("-")[0], acronym.split("/")[0])):
                letters = [c for c in part if c.isupper()]
                if len(letters) < MIN_ACRONYM_LENGTH:
                    continue
                name = self._name_before(doc, i, letters)
                if name is not None:
                    break
            else:
                name = next((m for m in missions if m.end == i), None)
                if name is None or not acronym.isupper() or len(acronym) < MIN_ACRONYM_LENGTH + 1:
                    continue
            written = natural_case(name.text, particles=BODY_NAME_PARTICLES) if name.text.isupper() else name.text
            canonical = canonical_name(self.index, name.text) or written
            by_acronym = self.index.get(acronym.lower())
            if canonical == written and by_acronym and self._same_head(name, by_acronym):
                canonical = by_acronym
            if canonical in NOT_ORGANISATIONS:
                continue
            if canonical == written and _launched_instrument(doc, name):
                continue  # "the launch of the Clean Tech Energy Network (CTEN)": a programme
            # "the Technical Office for Water (OTA) ... Oficina Técnica del Agua (OTA)": the acronym the letter
            # defined first names the body its other language names again
            canonical = acronyms.setdefault(tuple(t.text for t in inner), canonical)
            found.append((name, canonical))
        for inner, name in self._glossary_entries(doc):
            canonical = canonical_name(self.index, name.text) or name.text
            if canonical not in NOT_ORGANISATIONS:
                found.append((name, canonical))
                acronyms[tuple(t.text for t in inner)] = canonical
        for words, canonical in acronyms.items():
            for i in indices_of(doc, (words[0],)):
                if tuple(t.text for t in doc[i : i + len(words)]) == words:
                    found.append((doc[i : i + len(words)], canonical))
        return found

    def _glossary_entries(self, doc: Doc) -> list[tuple[Span, Span]]:
        """(acronym, name) of each entry of a list of abbreviations ("ARDA = Rural Development and Water Agency of
        Ruritania; HTI = Hill Training Institute."): the "=" defines the name, which runs to the entry's end whole,
        its "and" and its inner heads too (its acronym may spell it in another language), where its head names a
        body."""
        found = []
        for i in indices_of(doc, ("=",)):
            first = i - 1
            while first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].is_space:
                first -= 1  # "SIC-ICWC": an acronym glued of several tokens
            if first < 0 or not (first == 0 or doc[first - 1].is_space or doc[first - 1].text in GLOSSARY_BEFORE):
                continue
            acronym = doc[first:i]
            if sum(c.isupper() for c in acronym.text) < MIN_ACRONYM_LENGTH or any(c.islower() for c in acronym.text):
                continue
            end = i + 1
            while end < min(len(doc), i + 1 + GLOSSARY_MAX_NAME_TOKENS) and doc[end].text not in GLOSSARY_AFTER:
                end += 1
            if end < len(doc) and doc[end].text not in GLOSSARY_AFTER:
                continue
            if end < len(doc) and doc[end].text == "=":
                end -= 1  # the next entry's acronym, before its "=", closes this name
            name = doc[i + 1 : end]
            while len(name) > 1 and name[-1].is_space:
                name = name[:-1]
            if not name or not name[0].text[:1].isupper() or _glossary_head(name) not in ORG_HEADS:
                continue
            found.append((acronym, name))
        return found

    def _same_head(self, name: Span, canonical: str) -> bool:
        """Whether the name's last word is in a spelling of the data's body (an acronym is shared)."""
        # "Peace and Security Council (PSC)" is not the EU's Political and Security Committee (PSC):
        # a defined acronym names the data's body only when the name written out could be that body.
        # "Project Steering Committee (PSC)" shares the head too: most of its words must be the body's as well.
        # "Industrial Finance Corporation (IFC)" is not the International one: a word that is neither the
        # body's nor a spelling of one of its words ("Organisation", "Labour") is another body's, allowed only
        # in a long name ("Office of the UN High Commissioner ...").
        head = name[-1].lower_
        words = [t.lower_ for t in name if t.is_alpha and t.lower_ not in NAME_CONNECTORS]
        allowed_others = 1 if len(words) >= MIN_WORDS_WITH_OTHER_WORD else 0
        for phrase, row in self.index.items():
            spelled = phrase.split()
            stems = {w[:SPELLING_STEM] for w in spelled}
            others = sum(w not in spelled and w[:SPELLING_STEM] not in stems for w in words)
            if (
                row == canonical
                and head in spelled
                and 2 * sum(w in spelled for w in words) >= len(words)
                and others <= allowed_others
            ):
                return True
        return False

    def _bracketed_acronym(self, doc: Doc, open_i: int) -> Span | None:
        """The acronym between "(" at open_i and its ")", written as one word ("EUAA", "AUDA-NEPAD")."""
        for close in range(open_i + 2, min(open_i + 2 + self.max_acronym_tokens, len(doc))):
            if doc[close].text == ")":
                inner = doc[open_i + 1 : close]
                glued = all(not t.whitespace_ for t in inner[:-1])
                if glued and inner.text[:1].isupper() and " " not in inner.text:
                    return inner
                return None
        return None

    def _name_before(self, doc: Doc, paren_i: int, letters: list[str]) -> Span | None:
        """The capitalised name before a bracket whose initials spell the acronym, if an org."""
        start = paren_i
        while start > 0 and paren_i - start < self.max_name_tokens:
            prev = doc[start - 1]
            # "Société Électrique des Monts": a name in its own language joined by its links
            in_name = (
                prev.is_title
                or prev.is_upper
                or prev.lower_ in NAME_CONNECTORS | FOREIGN_LINKS
                or FOREIGN_ELIDED.fullmatch(prev.text) is not None
            )
            if not in_name or (prev.is_punct and prev.text != "-"):
                break
            start -= 1
        # Try the longest run first, dropping words from the left until the initials match; an
        # acronym that skips one inner word ("SDC") only if none spells the initials exactly.
        # Last, an acronym of the name in its own language, its letters in another order
        # ("National Institute of Migration (INM)": Instituto Nacional de Migración).
        for matches in (
            lambda i: i == letters,
            lambda i: _skips_one(i, letters),
            lambda i: len(i) >= MIN_ACRONYM_LENGTH + 1 and sorted(i) == sorted(letters),
        ):
            for first in range(start, paren_i):
                if doc[first].lower_ in NAME_CONNECTORS:
                    continue
                pairs = zip(doc[first : paren_i - 1], doc[first + 1 : paren_i])
                linked = any(a.lower_ == "and" and b.lower_ == "the" for a, b in pairs)
                if linked and not _spelled_with_links(doc[first:paren_i], letters):
                    continue  # "Afreximbank and the African Union ...": two names
                # "THE MINISTRY OF PLANNING AND FINANCE (MPF)" in a cable: in capitals, "OF" and "AND" are
                # still the name's particles, spelling no letter of it.
                capitalised = all(t.is_upper or not t.is_alpha for t in doc[first:paren_i])
                # "Compagnie Ivoirienne d'Électricité (CIE)": an elided article's word spells its own initial
                words = [
                    t.text[2:] if FOREIGN_ELIDED.fullmatch(t.text) else t.text
                    for t in doc[first:paren_i]
                    if ((t.is_title or t.is_upper) and not (capitalised and t.lower_ in NAME_CONNECTORS))
                    or FOREIGN_ELIDED.fullmatch(t.text)
                ]
                # "Office Énergétique du Lac (OEL)": an accented initial spells its plain letter
                initials = [without_accents(w[0]) for w in words]
                capitals = [c for w in words for c in without_accents(w) if c.isupper()]
                spelled = matches(initials) or (capitals == letters and not capitalised)
                if spelled or linked:
                    head = None
                    for t in doc[first:paren_i]:
                        if t.lower_ in HEAD_ENDERS:
                            break
                        word = t.text.title() if capitalised else t.text
                        if (t.is_title or capitalised) and not (head in ORG_HEADS and word == "General"):
                            head = word  # "Directorate General": the head is the directorate
                    # "the District Water Boards (DWBs)": a plural acronym defines a body's offices by their head
                    plural = head is not None and head.endswith("s") and doc[paren_i + 1].text.endswith("s")
                    if plural:
                        head = head.removesuffix("s")
                    if head not in ACRONYM_NAME_HEADS and doc[first].text not in FOREIGN_HEADS:
                        return None  # "Société Nationale d'Électricité (SNE)": head first, in its own language
                    # "U.S.-Africa Clean Tech Energy Network (CTEN)": the hyphened prefix the acronym
                    # leaves out is still the name's.
                    while (
                        first - 3 >= start
                        and doc[first - 2].text in ("-", "–")
                        and not doc[first - 3].whitespace_
                        and not doc[first - 2].whitespace_
                    ):
                        first -= 3
                    return doc[first:paren_i]
        return None

    def _institutions(self, doc: Doc) -> list[Span]:
        """ "Ministry of the Interior", "Department of State", "Interior Ministry" by pattern."""
        found = []
        # "sector ministries": classes of ministries the letter names in lower case, read once a document
        ministry_classes = {m["word"] for m in LOWER_CASE_MINISTRIES.finditer(doc_text(doc))}
        for i in indices_of(doc, INSTITUTION_WORDS):
            token = doc[i]
            end = token.i + 1
            if doc[end : end + 2].text.replace(" ", "") == "-General":
                end += 2  # "Directorate-General for Migration and Home Affairs"
            elif doc[end : end + 1].text == "General":
                end += 1  # "Directorate General of National Security"
            if end < len(doc) and doc[end].lower_ in ("of", "for"):
                j = end + 1
                last = None
                while j < len(doc) and j - token.i < self.max_name_tokens:
                    t = doc[j]
                    if _post_box(doc, j):
                        break  # "Ministry of Trade Caixa Postal 12": the address's box, its line run on
                    if last == j - 1 and t.text in ORG_HEADS and doc[last].text in country_table():
                        last -= 1  # "... Disaster Management and Relief Bangladesh Secretariat": the next body
                        break
                    if (
                        last == j - 1
                        and last > end + 1
                        and doc[last - 1].lower_ == "of"
                        and doc[last].text in country_table()
                        and t.is_title
                        # "of Saudi Arabia": the country's name goes on, its first word a demonym
                        and doc[last : j + 1].text not in country_table()
                    ):
                        # "Ministry of Foreign Affairs of the Republic of Nicaragua General Directorate of ...",
                        # "Ministry of Finance of Mongolia Government Building II": an addressee block's lines
                        # joined; the country closes the name, a unit or a street follows
                        break
                    if t.text in INSTITUTION_WORDS and not _remit_institution_word(doc, j):
                        break  # "Department of State and the Department of Commerce": two
                    if t.lower_ == "for" and _possessive_country(doc, j + 1):
                        break  # "the Ministry of Trade and Industry for Ghana's support to ...": a purpose
                    if t.text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in STOP_WORDS - NAME_CONNECTORS:
                        break  # "the Ministry of Culture, I have decided": the sentence goes on after the name
                    if t.is_upper and doc[j + 1 : j + 2].text[:1].isdigit():
                        break  # "a cost to the Agency of EUR 720,000": a sum's currency
                    if t.text in CALENDAR_WORDS and doc[j + 1 : j + 2].text[:1].isdigit():
                        break  # "the letter of the Ministry of Planning of August 4, 2014": its date
                    if _two_part_region(doc, j):
                        last = j + 2  # "Regional Bureau for Asia and the Pacific"
                        j += 3
                        continue
                    if t.lower_ in ("and", ",") and j + 1 < len(doc) and doc[j + 1].lower_ == "the":
                        break  # "Ministry of the Interior and the Spanish Ministry ...": two
                    if t.text in OWNER_PREFIXES and j + 1 < len(doc) and doc[j + 1].is_title:
                        break  # "... Administration of the U.S. Department of ...": another body
                    if t.lower_ in ("and", "&", ",") and j + 1 < len(doc) and _starts_other_name(doc[j + 1]):
                        break  # "Office of the Surgeon General, CDC, ...": a list of bodies
                    if (
                        t.lower_ in ("and", "&")
                        and j + 2 < len(doc)
                        and doc[j + 1].is_title
                        and doc[j + 2].text in FOREIGN_PARTICLES
                    ):
                        break  # "Ministry of Culture and Casa de la Música": a name in its own language
                    if t.text == "," and _place_closes_line(doc, j + 1, MAX_CITY_WORDS):
                        break  # "cc: Ministry of National Education, Warsaw": the body's city in an address
                    if t.text == "," and _city_before_next_entry(doc, j + 1):
                        break  # "cc: Ministry of Health, Nairobi (Director, ...) Ministry of ...": a copy list run on
                    if t.text == "," and _country_after_comma(doc, j + 1):
                        break  # "the Ministry of Agriculture, Rwanda, agrees": the body's country after it
                    if t.text == "," and _address_to_country(doc, j + 1):
                        break  # "Department of Roads, Babarmahal, Kathmandu, Nepal": its address
                    if t.text == "," and _province_closes(doc, j + 1):
                        break  # "Municipality of Loon, Bohol": the province the place is in
                    stop = _body_after_comma(doc, j + 1) if t.text == "," else None
                    if stop:
                        doc.user_data.setdefault(NAME_STOPS_KEY, {})[j] = stop
                        break  # "Department of Press, National Aid Agency": the unit, then the body it is in
                    if (
                        t.text == "Government"
                        and doc[j - 1].text not in SUBNATIONAL_LEVELS
                        and doc[j + 1 : j + 2].text == "of"
                        and any(_country_at(doc, k) for k in range(j + 2, min(j + 8, len(doc))))
                    ):
                        break  # "Ministry of Finance / Government of the People's Republic of ...": its state's line
                    if _city_of_address(doc, j):
                        break  # "... International Cooperation Tegucigalpa, M.D.C.": the address that follows
                    if last == j - 1 and _city_then_country(doc, j):
                        break  # "Ministry of Home Affairs Honiara, Solomon Islands": the city and country that follow
                    if t.text == "," and _building_after_comma(doc, j + 1):
                        break  # "Ministry of Planning, Central Buildings, Northport": its address
                    if t.text == "," and _numbered_label(doc, j + 1):
                        break  # "Ministry of Water, Minor Head 3301 - ...": a budget head's code, no remit
                    if t.text == "," and _post_box(doc, j + 1):
                        break  # "Ministry of Trade, P.O. Box 12": the address's next line
                    if last is not None and last == j - 1 and (_street_line(doc, j) or _named_street(doc, j)):
                        break  # "Ministry of the Environment Kongens gate 20": the address's street line, run on
                    if last is not None and last == j - 1 and _building_run_on(doc, j):
                        break  # "Department of Trade Harcourt House, 12 Main Street": the address's building, run on
                    if last is not None and last == j - 1 and t.text in CHAIR_TITLES:
                        if not _holder_office(doc, token.i, j):
                            break  # "Department of Homeland Security Senior Official": a person's office
                        if j + 1 < len(doc) and doc[j + 1].is_title:
                            last = j  # "Office of the Prime Minister General Accounting Office": the title ends it
                            break
                    if (
                        last is not None
                        and j + 1 < len(doc)
                        and doc[j + 1].text == "-"
                        and not t.whitespace_
                        and not _remit_word_hyphen(doc, j + 1)
                    ):
                        break  # "Department of Justice Anti-Money Laundering ...": a modifier
                    if _inner_joint(doc, j):
                        j += 1  # "Ministry of Non-Renewable ...", "... of the People's Republic of China"
                        continue
                    if t.text == "The":
                        break  # "cc: Ministry of Trade The Governor, ...": a copy list's lines run together
                    if last == j - 1 and doc[last].text in MEMBER_PLURALS and t.is_title:
                        break  # "Secretariat of the Conference of Governors Rural Roads Agency": the members end it
                    if last == j - 1 and _contact_label(doc, j):
                        break  # "Office of Museums / Tel. +00 555 ...": a signature's contact line run on
                    if _remit_word_hyphen(doc, j):
                        last = j + 1  # "Ministry of Agriculture and Co-operatives": one word
                        j += 2
                        continue
                    if last == j - 1 and _dash_inside_acronym_name(doc, token.i, j):
                        j += 1  # "Ministry of Water - Forests and ... (MOW...)": its acronym spells it whole
                        continue
                    if t.is_title or t.is_upper:
                        last = j
                    elif t.lower_ not in ("the", "and", "&", "of", "for", ","):
                        break
                    j += 1
                if (
                    last is not None
                    and last + 1 < len(doc)
                    and doc[last - 1].lower_ in ("of", "the")
                    and country_table().get(doc[last].text, ("", ""))[1] == "country.demonym"
                    and doc[last : last + 2].text in country_table()
                ):
                    last += 1  # "... of the Dominican / Republic" cut by the tokens' limit: the country's last word
                if last is not None and last + 2 < len(doc) and doc[last + 1].lower_ == "of":
                    # "... of the Kingdom / of Lesotho" cut by the tokens' limit: the state's style goes on to its name
                    for k in range(last + 2, min(last + 2 + MAX_COUNTRY_NAME_TOKENS, len(doc))):
                        if doc[last : k + 1].text in country_table() and doc[last - 1].lower_ in ("of", "the"):
                            last = k
                            break
                if (
                    last is not None
                    and last > end + 1
                    and _place_closes_line(doc, last)
                    and doc[last].text not in REMIT_PLACE_ADVERBS
                    and any(doc[k:last].text in country_table() for k in range(end + 1, last))
                    # "... of the Kyrgyz Republic" at a line's end: the country's own last word, no city
                    and not any(doc[k : last + 1].text in country_table() for k in range(end + 1, last))
                ):
                    # "... of the Republic of Moldova Chișinău" closing an addressee block joined into one
                    # line: the city of its address follows the country that closes the name
                    last -= 1
                if last is not None and doc[last].text in PROGRAMME_HEADS:
                    # "the Ministry of Health for the National Antiretroviral Therapy Programme": the
                    # money's purpose, an instrument named after "for", is not the ministry's name
                    purpose = [k for k in range(end + 2, last) if doc[k].lower_ == "for" and doc[k - 1].is_title]
                    last = purpose[0] - 1 if purpose else last
                if (
                    last is not None
                    and end < len(doc)
                    and doc[end].lower_ == "for"
                    and _before_lower_programme(doc, last)
                ):
                    # "the budget of this Ministry for the CERN programme": the programme's name, no remit
                    last = None
                if (
                    last is not None
                    and token.text == "Department"
                    and doc[token.i + 1].lower_ == "of"
                    and doc[token.i + 2 : last + 1].text in department_names()
                ):
                    continue  # "the Department of Chinandega": a Nicaraguan department, a place
                if last is not None and doc[last].text not in INSTRUMENT_WORDS:
                    first = token.i
                    if (
                        token.text in OWNED_INSTITUTION_WORDS
                        or doc[token.i - 1 : token.i].text in LEADING_INSTITUTION_WORDS
                        # "the External Relations Department of MINAG": a unit of the body its acronym
                        # names, its own name before the head
                        or (last == end + 1 and _is_acronym(doc[last]))
                        # "the Audit Commission of Malawi": a country after "of" is no remit, so the
                        # words before the head are the name's
                        or (doc[end].lower_ == "of" and is_state_name(doc[end + 1 : last + 1].text))
                    ):
                        # "Executive Office for Immigration Review": the words before are the name's
                        while (
                            first > 0
                            and token.i - first < self.max_name_tokens
                            and (doc[first - 1].is_title or _own_acronym(doc[first - 1]))
                            and doc[first - 1].is_alpha
                            and doc[first - 1].lower_ not in STOP_WORDS
                            # "To the Director / Water Quality Division": the office held, on the line before
                            and doc[first - 1].text not in ROLE_WORDS
                            # "Federal Department of Foreign Affairs / Federal Department of ...": a
                            # signature block's bodies, one a line; no name opens on the line before.
                            and "\n" not in doc[first - 1].whitespace_
                        ):
                            first -= 1
                        if first < token.i and doc[first - 1 : first].text in HONORIFICS:
                            first = token.i  # "Mr. Chief Officer / Secretariat of the ...": his title, then the body
                        if first < token.i and doc[first - 1 : first].text in ("of", "for", "on"):
                            # "... Department of Foreign Affairs Federal Department of ...": the words
                            # before are another name's tail; the leading word alone is this name's.
                            first = token.i - 1 if doc[token.i - 1].text in LEADING_INSTITUTION_WORDS else token.i
                    found.append(doc[first : self._known_before_and(doc, first, last + 1)])
            elif (
                token.text == "Ministry"
                and token.i > 0
                and doc[token.i - 1].is_title
                and not doc[token.i - 1].is_sent_start
                # "5.2 The Ministry should ...": a sentence's article after a paragraph's number, no name
                and doc[token.i - 1].lower_ not in STOP_WORDS
                # "the Sector Ministry Ledger" where the letter writes "sector ministries": a longer name that
                # opens with a class of ministries the letter names in lower case, no ministry's name
                and not (doc[token.i - 1].lower_ in ministry_classes and doc[token.i + 1 : token.i + 2].text.istitle())
            ):
                found.append(doc[token.i - 1 : token.i + 1])
        return found

    def _known_before_and(self, doc: Doc, start: int, end: int) -> int:
        """Where a body's name ends when it runs over "and" into another or into an instrument's head:
        "the U.S. Department of Energy and National Labs" is the known Department of Energy (and the
        labs), because the data knows the name before "and" but not the whole; a name with words
        before its head ("Federal Department of Justice and Police") is another state's, left whole."""
        if canonical_name(self.index, doc[start:end].text) or doc[start].text not in INSTITUTION_WORDS:
            return end
        for k in range(start + 2, end - 1):
            if end - k == 2 and doc[k + 1].text in REMIT_WORDS:
                break  # "Department of Energy and Environment": one remit word more is another body's whole name
            if doc[k].lower_ in ("and", "&") and canonical_name(self.index, doc[start:k].text):
                return k
        if doc[end - 1].text.removesuffix("s") in PROGRAMME_HEADS and canonical_name(
            self.index, doc[start : end - 1].text
        ):
            return end - 1  # "- Department of Energy Partnerships:": the known body and what it runs
        return end

    def _coordinated_institutions(self, doc: Doc) -> list[Candidate]:
        """ "the Departments of State, Energy and Commerce": one department per listed remit.

        With an Oxford comma (", and Transportation") an "and" without a comma stays inside a
        remit ("Housing and Urban Development"); without one, the last "and" separates.
        """
        found: list[Candidate] = []
        for i in indices_of(doc, PLURAL_INSTITUTION_WORDS):
            if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
                continue
            singular = PLURAL_INSTITUTION_WORDS[doc[i].text]
            # The list's extent: capitalised words, "the", and commas or "and" before a capital.
            end = i + 2
            while end < len(doc) and end - i < 4 * self.max_name_tokens:
                t = doc[end]
                nxt = doc[end + 1] if end + 1 < len(doc) else None
                if (t.is_title or t.is_upper) and t.is_alpha and t.text not in INSTITUTION_WORDS:
                    end += 1
                elif (
                    t.lower_ in ("the", "and", "&", ",")
                    and nxt is not None
                    and (nxt.is_title or nxt.lower_ in ("and", "the", "of"))
                ) or (
                    t.lower_ == "of"
                    and doc[end - 1].lower_ in ("and", ",")
                    and nxt is not None
                    and (nxt.is_title or (nxt.lower_ == "the" and doc[end + 2 : end + 3].text.istitle()))
                    and not _other_body_after(doc, end + 1)
                ):
                    end += 1
                else:
                    break
            while end > i + 2 and (not doc[end - 1].is_alpha or doc[end - 1].lower_ in ("and", "the", "&", "of")):
                end -= 1
            words = [t.lower_ for t in doc[i + 2 : end]]
            if any(w == "of" and before in ("and", ",") for before, w in zip(words, words[1:])):
                found += self._of_marked_items(doc, i, end, singular)
                continue
            if "," not in words:
                # "the Departments of Health and Human Services": one body or two, unsure; "the
                # Departments of the Treasury and State": two, when the data knows each and not both.
                found += self._known_pair(doc, i, end, singular)
                continue
            oxford = any(a == "," and b in ("and", "&") for a, b in zip(words, words[1:]))
            items: list[tuple[int, int]] = []
            start = i + 2
            k = start
            last = False  # after an Oxford ", and" the rest is the last remit, commas and all
            # "Health, Energy, Trade and Mines and Quarries": after the last comma only the
            # first "and" separates; the words after it are the last remit, its own "and" inside
            last_comma = max((k for k in range(i + 2, end) if doc[k].text == ","), default=end)
            first_and_after = next((k for k in range(last_comma + 1, end) if doc[k].lower_ in ("and", "&")), end)
            while k <= end:
                t = doc[k] if k < end else None
                separator = t is None or (
                    not last
                    and (
                        t.text == ","
                        or (t.lower_ in ("and", "&") and not oxford and not (k > last_comma and k > first_and_after))
                    )
                )
                if separator:
                    if k > start:
                        items.append((start, k))
                    start = k + 1
                    if t is not None and t.text == "," and k + 1 < end and doc[k + 1].lower_ in ("and", "&"):
                        start = k + 2
                        k += 1
                        last = True
                k += 1
            if len(items) < 2 or any(
                sum(t.is_alpha for t in doc[a:b]) > self.max_remit_tokens for a, b in items
            ):  # words, not commas: "Forestry, Fisheries and the Environment" is five
                continue
            found.extend(self._remit_names(doc, i, items, singular, "organisation.institution"))
        return found

    def _of_marked_items(self, doc: Doc, i: int, end: int, singular: str) -> list[Candidate]:
        """ "the Ministries of Justice, of Agrarian Development and of Science, Technology and Innovation": where
        the list repeats its "of", only ", of" and "and of" separate remits; other commas and "and"s are inside one."""
        items: list[tuple[int, int]] = []
        start = i + 2
        for k in range(i + 3, end):
            if doc[k].lower_ == "of" and doc[k - 1].lower_ in ("and", ","):
                stop = k - 1
                if doc[stop].lower_ == "and" and doc[stop - 1].text == ",":
                    stop -= 1  # ", and of"
                items.append((start, stop))
                start = k + 1
        items.append((start, end))
        if len(items) < 2 or any(b <= a or sum(t.is_alpha for t in doc[a:b]) > self.max_remit_tokens for a, b in items):
            return []
        return self._remit_names(doc, i, items, singular, "organisation.coordinated_of")

    def _remit_names(self, doc: Doc, i: int, items: list[tuple[int, int]], singular: str, rule: str) -> list[Candidate]:
        """One body a remit of a coordinated list ("Ministry of <remit>"), by the table's name where it knows one;
        the first starts at the plural head (i)."""
        found: list[Candidate] = []
        for n, (a, b) in enumerate(items):
            name = f"{singular} of {doc[a:b].text}"
            canonical = canonical_name(self.index, name) or canonical_name(
                self.index, f"{singular} of the {doc[a:b].text}"
            )
            found.append((i if n == 0 else a, b, canonical or name, rule))
        return found

    def _known_pair(self, doc: Doc, i: int, end: int, singular: str) -> list[Candidate]:
        """Two remits joined by an "and" after a plural head, each a body the data knows; where a remit
        has an "and" of its own ("the Departments of Agriculture and Health and Human Services"), the
        one "and" that leaves two known bodies splits them."""
        if canonical_name(self.index, f"{singular} of {doc[i + 2 : end].text}"):
            return []
        pairs = []
        for k in (k for k in range(i + 2, end) if doc[k].lower_ in ("and", "&")):
            remits = (doc[i + 2 : k].text, doc[k + 1 : end].text)
            names = [
                canonical_name(self.index, f"{singular} of {r}")
                or canonical_name(self.index, f"{singular} of the {r.removeprefix('the ')}")
                for r in remits
            ]
            if all(remits) and all(names):
                pairs.append((k, names))
        if len(pairs) != 1:
            return []
        k, names = pairs[0]
        return [
            (i, k, names[0], "organisation.coordinated_known"),
            (k + 1, end, names[1], "organisation.coordinated_known"),
        ]

    def _coordinated_heads(self, doc: Doc) -> list[Candidate]:
        """ "the United States Central, European, and Africa Commands": one body per listed word, the
        owner before the first one ("United States") shared by all."""
        found: list[Candidate] = []
        for i in indices_of(doc, TRAILING_PLURAL_HEADS):
            singular = TRAILING_PLURAL_HEADS[doc[i].text]
            start = i
            while start > 0 and i - start < 4 * self.max_name_tokens:
                t = doc[start - 1]
                if (t.is_title or t.is_upper) and (t.is_alpha or t.text in OWNER_PREFIXES):
                    start -= 1
                elif t.text in ("-", ",") or t.lower_ in ("and", "&"):
                    start -= 1
                else:
                    break
            while start < i and (
                not (doc[start].is_alpha or doc[start].text in OWNER_PREFIXES) or doc[start].lower_ in DETERMINERS
            ):
                start += 1
            items: list[list] = [[]]
            for t in doc[start:i]:
                if t.text == "," or t.lower_ in ("and", "&"):
                    if items[-1]:
                        items.append([])
                else:
                    items[-1].append(t)
            items = [item for item in items if item]
            if len(items) < 2 or any(len(item) > self.max_remit_tokens for item in items):
                continue
            owner, first = _owner_and_rest(items[0])
            if not first:
                continue
            items, end, remit = [first, *items[1:]], i + 1, ""
            if singular in REMIT_BODY_HEADS:
                items, end, remit = self._shared_remit(doc, i, items)
                if not remit:
                    continue
            for n, item in enumerate(items):
                words = "".join(t.text_with_ws for t in item).strip()
                name = f"{owner} {words} {singular}".strip() + (f" on {remit}" if remit else "")
                canonical = canonical_name(self.index, name) or name
                a, b = (start if n == 0 else item[0].i), (end if n == len(items) - 1 else item[-1].i + 1)
                found.append((a, b, canonical, "organisation.institution"))
        return found

    def _shared_remit(self, doc: Doc, i: int, items: list[list]) -> tuple[list[list], int, str]:
        """The remit listed bodies share, after their plural head ("Committees on Appropriations") or
        before it in the last item ("Senate Appropriations Committees"), with the items left and the
        end of the names; no remit unless each listed body is named by one word ("House and Senate")."""
        if i + 2 < len(doc) and doc[i + 1].lower_ == "on":
            end = _name_tail(doc, i + 1, self.max_remit_tokens + 1)
            remit = doc[i + 2 : end].text if end > i + 2 else ""
            ok = all(len(item) == 1 for item in items)
            return items, end, remit if ok else ""
        *listed, last = items
        if len(last) < 2 or any(len(item) != 1 for item in listed):
            return items, i + 1, ""
        remit = "".join(t.text_with_ws for t in last[1:]).strip()
        return [*listed, last[:1]], i + 1, remit

    def _named_bodies(self, doc: Doc) -> list[Span]:
        """Capitalised names after a determiner headed by a body word ("the Asylum Service")."""
        found = []
        for i in indices_of(doc, NAMED_BODY_HEADS | TAILED_HEADS | SITE_HEADS | REMIT_BODY_HEADS):
            token = doc[i]
            if token.text in SITE_HEADS and doc[i - 1 : i].text in VENUE_WORDS:
                continue  # "the Samoa Convention Centre": a venue
            start = token.i
            while start > 0 and token.i - start < self.max_name_tokens:
                prev = doc[start - 1]
                if prev.lower_ in ("and", "&") and start < token.i:
                    k = start - 2  # "the Immigration and Naturalisation Service": one name
                    while (
                        k > 0 and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha and not doc[k].is_sent_start
                    ):
                        k -= 1
                    if k < start - 2 and doc[k].lower_ in DETERMINERS:
                        start = k + 1
                        break
                    break
                if (
                    prev.text in ("-", "–")  # "Thai–Lao Joint Committee": a pair of partners, joined
                    and start > 1
                    and not prev.whitespace_
                    and not doc[start - 2].whitespace_
                    and (doc[start - 2].is_title or (doc[start - 2].is_upper and doc[start - 2].is_alpha))
                ):
                    start -= 2  # "Inter-American Commission", "NATO-Georgia Commission"
                    continue
                if not ((prev.is_title or prev.is_upper) and prev.is_alpha) or prev.is_sent_start:
                    break
                if prev.is_upper and not doc[start].is_upper and start > 1 and doc[start - 2].is_upper:
                    # "STATE OF ... OFFICE OF THE PREMIER / National Board for ...": a letterhead's
                    # lines in capitals run on into the body's name in title case
                    break
                if prev.lower_ == "the" and prev.is_title:
                    break  # "The Bank of Zambia ..." opening a paragraph the parser ran on into: the article, no name
                if prev.text in ROLE_WORDS and start < token.i and doc[start].text not in ROLE_WORDS:
                    break  # "To the Director / Water Quality Division": the office held, on the line before
                start -= 1
            opens = (
                start > 0
                and doc[start - 1].is_sent_start
                and doc[start - 1].is_title
                and doc[start - 1].is_alpha
                and doc[start - 1].lower_ not in STOP_WORDS
            )
            if opens:
                start -= 1  # "Libyan Coast Guard units intercepted ..." at a sentence's start
            if (
                token.text in GOVERNMENT_UNIT_HEADS
                and start < token.i
                and doc[start - 1 : start].text == "of"
                and doc[start : token.i].text in country_table()
            ):
                start = token.i  # "Government of Nepal Ministry of ...": the country closes the name before
            tail_end = _name_tail(doc, token.i + 1, self.max_name_tokens)
            if (
                token.i == start
                and token.text in REMIT_BODY_HEADS
                and start > 0
                and (
                    doc[start - 1].lower_ == "the"
                    or _after_office_title(doc, start)
                    or _line_of_its_own(doc, start, tail_end)  # an addressee block's line under the chair's title
                )
                and tail_end > token.i + 1
                and (
                    doc[token.i + 1].lower_ == "on"
                    # "the Committee for the Freezing of Terrorist Funds": a committee's remit after "for" too, of
                    # two words or more, an action "of" a thing after "the" (not "thank the Committee for the Report
                    # on ..."); the Commission's "for" is the institutions' rule
                    or (
                        doc[token.i + 1].lower_ == "for"
                        and token.text != "Commission"
                        and sum(t.is_title for t in doc[token.i + 2 : tail_end]) > 1
                        and (doc[token.i + 2].lower_ != "the" or doc[token.i + 4 : token.i + 5].text == "of")
                    )
                )
                and not any(t.text in CALENDAR_WORDS for t in doc[token.i + 1 : tail_end])
            ):
                found.append(doc[start:tail_end])  # "the Committee on Budgets"
                continue
            if (
                token.i == start
                and token.text not in INSTITUTION_WORDS  # "Ministry of ...": the institutions' own rule
                and start > 0
                and doc[start - 1].lower_ in DETERMINERS
                and doc[token.i + 1 : token.i + 2].text == "of"
                and doc[token.i + 2 : token.i + 3].text.istitle()
                and tail_end > token.i + 2
                and not any(t.text in CALENDAR_WORDS for t in doc[token.i + 1 : tail_end])
                and doc[tail_end - 1].text not in INSTRUMENT_WORDS | PROGRAMME_HEADS  # "the Ministry of Finance Act"
            ):
                # "the Council of Ministers", "the President’s Board of Advisors on ...": a body's head
                # named by its members or its remit.
                found.append(doc[start:tail_end])
                continue
            if (
                token.i == start
                and token.text in ORGAN_OF_HEADS
                and start > 0
                and doc[start - 1].lower_ in DETERMINERS
                and doc[token.i + 1 : token.i + 3].text == "of the"
                and tail_end > token.i + 3
                and canonical_name(self.index, doc[token.i + 3 : tail_end].text)
            ):
                found.append(doc[start:tail_end])  # "the Council of the League of Arab States": a known body's organ
                continue
            if (
                token.i == start
                and token.text in LONE_BODY_HEADS
                and doc[start - 1 : start].text.lower() == "the"
                and not doc[token.i + 1 : token.i + 2].text[:1].isupper()
            ):
                found.append(doc[start : token.i + 1])  # "AFAD, the Gendarmerie and the Coast Guard"
                continue
            if token.i - start < 1 or start == 0 and not opens:
                continue
            if token.text == "Department" and _in_office_title(doc, start):
                continue  # "the Secretary of State for the Home Department": the minister's title, no body named
            if token.text in SITE_HEADS and doc[start - 2 : start - 1].text.lower() in SITE_PREPOSITIONS:
                continue  # "the summit at the Salguero Centre": the place where it happens
            dashed = _dashed_country_end(doc, token.i) if token.text in MISSION_HEADS else None
            if (
                token.text in NAMED_FORCES_HEADS
                and token.i - start < 2
                and not _state_forces(doc, start, token.i)
                and dashed is None
                and not (
                    doc[token.i + 1 : token.i + 2].text == "of"
                    and doc[token.i + 2 : tail_end].text.removeprefix("the ") in country_table()
                )
            ):
                continue  # "the Armed Forces", "the Security Forces": no one's name ("... of the Philippines" is)
            if token.text in NO_HYPHEN_HEADS and any(t.text == "-" for t in doc[start : token.i]):
                continue
            bulleted = _is_bullet(doc, start - 1) and not doc[start].text.endswith("ing")  # not "- Training ..."
            # A line that is a body's name with its remit ("Standing Committee on Foreign Affairs and
            # International Development" in an addressee block) needs no determiner either.
            titled = _after_office_title(doc, start) or (
                token.text in REMIT_BODY_HEADS and tail_end > token.i + 1 and _line_of_its_own(doc, start, tail_end)
            )
            if not opens and doc[start - 1].lower_ not in DETERMINERS and not bulleted and not titled:
                if (
                    not _country_led(doc, start, token.i)
                    and (doc[start - 1].lower_ not in AGENT_WORDS or token.i - start < 2)
                    and not _described_after_determiner(doc, start, token.i)
                    and not (token.text in PLACE_NAMED_HEADS and doc[start - 1].lower_ in PLACE_NAMED_BEFORE)
                ):
                    continue  # "supported by Hellenic Coast Guard vessels": a long name will do
            elif opens and token.i - start < 2:
                continue
            if (
                token.i + 1 < len(doc)
                and doc[token.i + 1].is_title
                and not (doc[token.i + 1].text == "Bill" and doc[token.i + 2 : token.i + 3].text[:1].isdigit())
                # "the Regional Alliance Against Drought": a capitalised preposition opens the name's tail
                and not (doc[token.i + 1].text == "Against" and doc[token.i + 2 : token.i + 3].text[:1].isupper())
            ):
                continue  # the name goes on ("Service Provider"); "introduce in the Assembly Bill 12" is the bill's
            if (
                token.text not in REMIT_BODY_HEADS  # "the House Select Committee to Investigate ...": the body
                and doc[token.i + 1 : token.i + 2].text == "to"
                and doc[token.i + 2 : token.i + 3].text.istitle()
                # "airlifted by the Qatar Emiri Air Force to Port Sudan": a force goes to a place; its
                # name has an aim only with a verb of purpose ("Task Force to Combat ...").
                and (token.text not in NAMED_FORCES_HEADS or doc[token.i + 2].text in PURPOSE_VERBS)
            ):
                continue  # "the Global Coalition to Address Synthetic Drug Threats": a name with its aim
            end = _name_tail(doc, token.i + 1, self.max_name_tokens)  # "Swiss Agency for Development and Cooperation"
            end = dashed or end  # "the Multinational Force - Iraq": the country the force serves in, after a dash
            # "the Norwegian National Audit Office": a state's word may follow the country's name or adjective
            opener = start + 1 if doc[start].text in country_table() else start
            # "the Norwegian Safeguards Office": the state's adjective is a state's word itself
            demonym = country_table().get(doc[start].text, ("", ""))[1] == "country.demonym"
            national_office = (
                token.text == NATIONAL_OFFICE_HEAD
                and (doc[opener].text in NATIONAL_OFFICE_OPENERS or demonym)
                and token.i - opener >= (1 if demonym else 2)
            )
            if token.text in TAILED_HEADS and token.text not in NAMED_BODY_HEADS and end == token.i + 1:
                if not national_office and not _short_form_keeps_head(doc, end):
                    continue  # "the Legal Gateway Office" heads a programme; "the National Statistics Office" a body
            if end - start == 2 and doc[start].text in PROJECT_ROLE_WORDS:
                continue  # "the Board acts as Executing Agency": a body's role in the project, no name
            if doc[start].text in MONTH_NAMES:
                start += 1  # "the June Board": the body's meeting of that month, the body's name after the month
                if token.i - start < 1:
                    continue  # "the agenda of the April Board": a meeting, no name left but the head
            span = doc[start:end]
            if span.text in country_table():
                continue  # "the Russian Federation" is a country
            found.append(span)
        # "Bangladesh Ministry of Disaster Management and Relief Bangladesh Secretariat": letterhead lines
        # joined into one; a ministry's remit, then a country and a head, is two bodies' names (the
        # ministry is the institutions' rule's).
        return [
            s
            for s in found
            if not (
                len(s) > 3
                and s[-1].text in NAMED_BODY_HEADS
                and s[-2].text in country_table()
                and any(t.text in INSTITUTION_WORDS and _next_is(t, "of") for t in s[1:-2])
            )
        ]

    def _missions(self, doc: Doc) -> list[Span]:
        """ "UN Stabilization Mission in Haiti", "EU Training Mission in Mali": named after their owner."""
        found = []
        for i in indices_of(doc, MISSION_HEADS):
            start = i
            while start > 0 and i - start < self.max_name_tokens:
                prev = doc[start - 1]
                if not (prev.is_title or prev.is_upper) or prev.is_punct:
                    break
                start -= 1
            # The owner opens the name; descriptive words may follow it ("UN Support Mission").
            owners = [
                k
                for k in range(start, i)
                if doc[k].text in MISSION_OWNERS
                and (doc[k].text not in ("United", "European", "African") or doc[k : k + 2].text in MISSION_OWNER_NAMES)
            ]
            # "the Multinational Security Support Mission": a mission no one body owns is named by
            # two or more capitalised words of its own after "the".
            ownerless = (
                not owners
                and doc[i].text == "Mission"
                and i - start >= 2
                and doc[start - 1 : start].text == "the"
                and all(t.is_title and t.is_alpha for t in doc[start:i])
            )
            if ownerless:
                owners = [start]
            elif not owners or i - owners[0] < 2 - (doc[owners[0]].text in ("UN", "U.N.", "EU", "AU")):
                continue
            start = owners[0]
            end = i + 1
            if end < len(doc) and doc[end].lower_ in MISSION_TAIL_STARTERS:
                j = end + 1
                while j < len(doc) and j - i < self.max_name_tokens:
                    t = doc[j]
                    if (t.is_title or t.is_upper) and t.is_alpha or t.text.startswith("d'"):
                        end = j + 1
                    elif (
                        t.lower_ not in MISSION_TAIL_JOINERS
                        or t.lower_ == "and"
                        and not (j + 1 < len(doc) and doc[j + 1].is_title)
                    ):
                        break  # "... in Libya and the UN Assistance Mission": two names
                    j += 1
            if end == i + 1 and (doc[i].text != "Mission" or i - start < 2):
                continue  # "the UN Office", "the UN Mission" alone name no one mission
            found.append(doc[start:end])
        return found

    def _national_departments(self, doc: Doc) -> list[Span]:
        """ "Citizenship and Immigration Canada": remit words, then the country's name."""
        table = country_table()
        found = []
        for i in indices_of(doc, REMIT_WORDS):
            if i > 0 and (
                doc[i - 1].text in REMIT_WORDS
                or doc[i - 1].text in REMIT_JOINERS
                and i > 1
                and doc[i - 2].text in REMIT_WORDS
            ):
                continue  # not the first word of the remit
            j, last = i, None
            while j < len(doc) and j - i < self.max_name_tokens:
                if doc[j].text in REMIT_WORDS:
                    last = j
                elif doc[j].text not in REMIT_JOINERS:
                    break
                j += 1
            if last is None or doc[last].text in REMIT_ADJECTIVES:
                continue
            if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start:
                continue  # "Food Security Ethiopia": the tail of a longer name, not a department
            for width in (3, 2, 1):
                country = doc[last + 1 : last + 1 + width]
                if (
                    len(country) == width
                    and country.text in table
                    and table[country.text][1] != "country.demonym"
                    and (country.end == len(doc) or not doc[country.end].is_title)
                ):
                    found.append(doc[i : country.end])
                    break
        return found

    @staticmethod
    def _state_missions(doc: Doc) -> list[Candidate]:
        """A state's mission abroad named after the state: "the Embassy of Chile in Nairobi", "the Permanent
        Mission of Peru to the Organization of American States", with the place or body it is accredited
        to when the name goes on to one; a bare mention ("the Embassy of Chile") by the one post the letter names."""
        table = country_table()
        found = []
        for match in STATE_MISSION.finditer(doc_text(doc)):
            head = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if head is None:
                continue
            i = head.end
            country = next(
                (
                    w
                    for w in range(MAX_STATE_NAME_TOKENS, 0, -1)
                    if i + w <= len(doc) and doc[i : i + w].text in table and doc[i : i + w].text[:1].isupper()
                ),
                0,
            )
            if not country:
                continue  # "the Permanent Mission of the Union": no state's
            end = i + country
            if end + 1 < len(doc) and doc[end].lower_ in ("in", "to"):
                j, last = end + 1, None
                while j < len(doc) and j - end <= MAX_NAME_TOKENS:
                    t = doc[j]
                    if t.text in HONORIFICS or t.text in ROLE_WORDS:
                        break  # "... to the African Union / Ms ...": an addressee's name on the next line, run on
                    if t.is_title and t.is_alpha or t.text in ("'s", "’s"):
                        last = j
                    elif t.lower_ not in ("the", "of", "in", "at", "and", "for") or "\n" in doc[j - 1].whitespace_:
                        break
                    elif t.lower_ == "and" and (t.i - 1 != last or not doc[j + 1 : j + 2].text.istitle()):
                        break  # "the Embassy of Chile in Nairobi and the Ministry of ...": two bodies
                    j += 1
                end = end if last is None else last + 1
            found.append((doc[head.start : end], doc[head.start : i + country].text))
        longest: dict[str, str] = {}
        for span, mission in found:
            if len(span.text) > len(longest.get(mission, "")):
                longest[mission] = span.text
        # "the Embassy of Peru" after "the Embassy of Peru in Lima" is that post; a mention that names its own post
        # ("... of Peru in Quito") keeps it, and only one post named in the letter lends its name.
        posts = {mission: {span.text for span, m in found if m == mission and span.text != m} for _, mission in found}
        return [
            (
                span.start,
                span.end,
                longest[mission] if span.text == mission and len(posts[mission]) == 1 else span.text,
                "organisation.institution",
            )
            for span, mission in found
        ]

    @staticmethod
    def _cued_groups(doc: Doc) -> list[Span]:
        """Armed and terrorist groups named beside a cue word ("the terrorist group X", "the X militia"),
        and coalitions named after their leader ("the Saudi-led Coalition")."""
        table = country_table()
        found = []
        for pattern in (GROUP_CUE_BEFORE, GROUP_CUE_AFTER, LED_COALITION):
            for match in pattern.finditer(doc_text(doc)):
                name = match.group("name")
                if pattern is not LED_COALITION and (
                    name in table or name.split()[0] in table or name in CALENDAR_WORDS
                ):
                    continue  # "the Iraqi militia", "Syrian rebels": a country's people, not a name
                span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
                if span is not None and len(span) and not span[0].is_sent_start:
                    found.append(span)
        return found

    @staticmethod
    def _companies(doc: Doc, known: list[Candidate]) -> list[Span]:
        """Companies and foundations named by a legal form, an apposition or a sum they commit; never
        over a name the data knows ("Indonesia Millennium Challenge Corporation" is the known MCC)."""
        table = country_table()
        found: list[Span] = []
        titled = _titled_names(doc)
        common = _lower_words(doc)  # "municipalities" written elsewhere
        defined = {  # "the Commerce Law Development Program (CLDP)": a programme's acronym
            doc[i + 1].text
            for i in indices_of(doc, ("(",))
            if i > 0 and doc[i - 1].text in PROGRAMME_HEADS and i + 1 < len(doc)
        }
        patterns = (
            COMPANY_SUFFIX,
            COMPANY_JOINED,
            COMPANY_PREFIX,
            COMPANY_APPOSITION,
            KIND_THEN_COMPANY,
            COMPANY_DESCRIBED,
            COMPANY_QUOTED,
            COMMITTING_SUBJECT,
            ASSET_OWNER,
            COMPANY_AND_OTHERS,
            BODY_SAYING_IT,
        )
        text = doc_text(doc)
        required = COMPANY_REQUIRED_PARTS
        matches = [
            (p, m, "name") for p in patterns if p not in required or required[p].search(text) for m in p.finditer(text)
        ]
        # Two names joined by "and": "CFO of Alphabet and Google", "$1 million to Multiverse and Earth University".
        matches += [
            (p, m, g)
            for p in (EXECUTIVE_OF, MONEY_PARTY, AGENT_PARTY)
            for m in p.finditer(doc_text(doc))
            for g in ("name", "other")
        ]
        bounds = []
        for pattern, match, group in matches:
            if match.start(group) < 0:
                continue
            a, b = match.span(group)
            joint = JOINT_OWNERS.fullmatch(match.group(group)) if pattern is ASSET_OWNER else None
            if joint:  # "General Motors & Samsung SDI’s new plant": two firms
                bounds += [(pattern, a + joint.start(1), a + joint.end(1)), (pattern, a + joint.start(2), b)]
            else:
                bounds.append((pattern, a, b))
        for pattern, a, b in bounds:
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is None or span.text in titled or doc[span.end - 1].text in PROGRAMME_HEADS:
                continue  # "Harris announced" after "Vice President Harris"; "The Compact will fund"
            start = span.start
            if pattern is COMPANY_SUFFIX:
                # "... active in Somalia. Turkish Airlines has ...": a legal form closes the last sentence's name.
                start = max((t.i for t in doc[start + 1 : span.end] if _opens_sentence(t)), default=start)
            while start < span.end and (doc[start].lower_ in STOP_WORDS or doc[start].text in ("-", "•")):
                start += 1  # "Through Columbia Sportswear Company", "The Honduran Coffee Company"
            end = next(
                (
                    t.i
                    for t in doc[start + 1 : span.end]
                    if t.text in POSSESSIVE_MARKS or _opens_sentence(t) or _label_word(doc, t.i, common)
                ),
                span.end,
            )
            if end < span.end and doc[end].text in POSSESSIVE_MARKS and doc[start:end].text in table:
                start, end = end + 1, span.end  # "Indonesia’s Aruna Global Technologies": the country owns it
            while end > start and doc[end - 1].text == ".":
                end -= 1  # "... Hexa Capital Consultancy. The project": the stop is no part of it
            span = doc[start:end]  # "Petronas’ India-based venture": the name ends at its possessive
            state_tail = False
            if len(span) and span[-1].text in NATIONAL_BODY_HEADS:
                span = doc[start : _name_tail(doc, end)]  # "Governor, State Bank of Pakistan": the state closes it
                state_tail = span.end > end
            words = [t.text for t in span if t.text != "-"]
            if not words or any(w in NOT_COMPANY_WORDS - COMPANY_LAST_WORDS or w in ROLE_WORDS for w in words[:-1]):
                continue
            if words[-1] in (NOT_COMPANY_WORDS - COMPANY_LAST_WORDS) or words[-1] in ROLE_WORDS:
                continue
            if words[-1] in COMPANY_LAST_WORDS and all(w in PARTNER_CLASS_OR_AND for w in words[:-1]):
                continue  # "Dear Financing Partners": the donors spoken to, no firm
            if len(words) == 1 and (
                words[0] in COMPANY_LAST_WORDS
                or words[0] in LEADING_INSTITUTION_WORDS | INSTITUTION_WORDS  # "The State will contribute"
                or words[0].lower() in common
                or words[0] in defined
                or words[0].endswith("ies")
            ):
                continue  # "Partners have committed", "Municipalities have provided": no name; a programme's acronym
            if pattern is AGENT_PARTY and any(w in CALENDAR_WORDS or w in PERSON_TITLES for w in words):
                continue  # "implemented by June", "managed by Dr Berg": a deadline, a person
            if pattern in (MONEY_PARTY, AGENT_PARTY) and _not_a_party(doc, span, common):
                continue
            if pattern in (COMPANY_SUFFIX, COMPANY_PREFIX) and _in_heading(doc_text(doc), a):
                continue  # "Key Investments in 2023 ...", "Scaling of Agricultural Technologies:": a heading
            if pattern is COMMITTING_SUBJECT and len(words) == 1 and _title_line(doc_text(doc), a):
                continue  # "Resources committed to Honduras": a heading's noun and its participle
            if pattern is COMPANY_SUFFIX and len(words) < 2:
                continue
            if pattern is COMPANY_SUFFIX and doc[span.end : span.end + 1].text in MEMBER_PLURALS:
                continue  # "Finance Ministers and Central Bank Governors": the heads' title, no firm
            if pattern is COMPANY_SUFFIX and _listed_with_goods(doc, span.start):
                continue  # "Access to Vaccines, Medicines and Health Technologies": a field's goods, no firm
            if pattern is COMPANY_SUFFIX and _opens_instrument_name(doc, span.end):
                continue  # "the Tashkent Smart Healthcare Infrastructure Project": a project's words
            last = span.text.split()[-1]
            affiliate = (
                pattern in (COMPANY_AND_OTHERS, BODY_SAYING_IT)
                and len(words) > 2
                and not any(w in table for w in words[:-1])
            )  # "Kinder Morgan Canada that it has ...": a firm's national arm
            # "PT Karya Malaysia": a legal form before the name makes its country's name the firm's last word
            legal_prefix = pattern is COMPANY_PREFIX and len(words) > 2
            if (
                span.text in table
                or (last in table and not (affiliate or state_tail or legal_prefix))
                or last in CONTINENTS
            ):
                continue  # a country ("Kenya, a country of ..."), an initiative ("Prosper Africa")
            if span.text in subdivision_table():
                continue  # "federal funding to British Columbia": a province, its government named otherwise
            if any(c[0] < span.end and span.start < c[1] for c in known):
                continue
            if words[-1] == REMIT_GROUP_HEAD and span.end < len(doc) and doc[span.end].lower_ == "on":
                # "the International Coordinating Group on Vaccine Provision": a group's remit, no firm's;
                # "on Monday" is a date.
                tail = doc[span.end : _name_tail(doc, span.end)]
                if not any(t.text in CALENDAR_WORDS for t in tail):
                    span = doc[span.start : tail.end]
            found.append(span)
        # "To date, Heifer has awarded": the short form of a name found in full ("Heifer International").
        longer = {s[0].text for s in found if len(s) > 1} | {doc[c[0]].text for c in known if c[1] - c[0] > 1}
        return [s for s in found if len(s) > 1 or s.text not in longer]

    def _listed_after_kind(self, doc: Doc) -> list[Candidate]:
        """Names listed after a plural kind of body and "such as"/"including": "organizations, such as
        the Black Coalition Against COVID, LeadingAge, AARP, and ..." (not countries, persons, places,
        instruments or words the letter writes in lower case)."""
        table = country_table()
        titled = _titled_names(doc)
        common = _lower_words(doc)
        found: list[Candidate] = []
        for match in KIND_THEN_LIST.finditer(doc_text(doc)):
            at = match.end()
            while True:
                item = LISTED_ITEM.match(doc_text(doc), at)
                if item is None:
                    break
                span = doc.char_span(item.start("name"), item.end("name"), alignment_mode="contract")
                crosses = span is not None and len(span) and span.end > span[0].sent.end
                if crosses:
                    # "... including the European Investment Bank. However, ...": the sentence's end ends
                    # the list, its full stop is not an abbreviation's.
                    span = doc[span.start : span[0].sent.end]
                    while len(span) and span[-1].is_punct:
                        span = span[:-1]
                words = span.text.split() if span is not None else item.group("name").split()
                if (
                    span is not None
                    and len(span)
                    and span.text not in table
                    and words[-1] not in table
                    and words[-1] not in PROGRAMME_HEADS
                    and span.text not in titled
                    and not any(w in PERSON_TITLES or w in CALENDAR_WORDS for w in words)
                    and not (len(words) == 1 and words[0].lower() in common)
                ):
                    name = canonical_name(self.index, span.text) or span.text
                    found.append((span.start, span.end, name, "organisation.listed_after_kind"))
                if crosses or not item.group("sep"):
                    break
                at = item.end()
        return found

    def _groupings(self, doc: Doc) -> list[Span]:
        """Groupings of states: "the Alliance of Sahel States", "League of Arab States"."""
        found = []
        for i in indices_of(doc, GROUPING_HEADS):
            if i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
                continue
            j = i + 2
            while (
                j < len(doc)
                and j - i < self.max_name_tokens
                and doc[j].text not in GROUPING_MEMBERS
                and ((doc[j].is_title and doc[j].is_alpha) or doc[j].lower_ in ("and", "the"))
            ):
                j += 1
            if (
                j < len(doc) and doc[j].text in GROUPING_MEMBERS and any(doc[k].is_title for k in range(i + 2, j))
            ):  # not "of the States"
                start = i
                while (
                    start > 0
                    and i - start < self.max_name_tokens
                    and doc[start - 1].is_title
                    and doc[start - 1].is_alpha
                    and not doc[start - 1].is_sent_start
                ):
                    start -= 1  # "Economic Community of West African States"
                found.append(doc[start : j + 1])
        return found

    @staticmethod
    def _foreign_bodies(doc: Doc) -> list[Span]:
        """ "the Guardia Civil", "Policía Nacional", "Guardia di Finanza", "Banco de España", "Cassa
        Depositi e Prestiti": head first, its capitalised words joined by the language's little words."""
        found = []
        for i in indices_of(doc, FOREIGN_HEADS):
            if _post_box(doc, i):
                continue  # "Caixa Postal 1406": an address's post-office box, though "Caixa" heads a bank's name
            j = i + 1
            # "Banque centrale du Luxembourg": lower-case adjectives may stand between head and link.
            k = j
            while (
                k < len(doc)
                and k - j < 2
                and doc[k].is_lower
                and doc[k].is_alpha
                and doc[k].lower_ not in FOREIGN_LINKS
            ):
                k += 1
            if k > j and k + 1 < len(doc) and doc[k].lower_ in FOREIGN_LINKS and _foreign_name_word(doc[k + 1]):
                j = k
            if j < len(doc) and doc[j].lower_ in FOREIGN_LINKS:
                j += 1
                if j + 1 < len(doc) and doc[j].lower_ in FOREIGN_PARTICLES and _foreign_name_word(doc[j + 1]):
                    j += 1  # "Ministère de la Coopération": the article after the link
            end = k = j
            while k < len(doc) and k - i < MAX_FOREIGN_NAME_TOKENS and not doc[k].is_sent_start:
                if len(doc[k].text) == 1 and doc[k].is_upper:
                    break  # "... et du Budget / P A R I S": a city spaced out on the next line
                if doc[k].text in STREET_WORDS:
                    break  # "Ministério da Saúde / Avenida Eduardo Mondlane": its address on the next line
                if _foreign_name_word(doc[k]):
                    k += 1
                    end = k
                elif (
                    doc[k].lower_ in FOREIGN_LINKS | FOREIGN_JOINERS | FOREIGN_PARTICLES
                    and end > j
                    and k + 1 < len(doc)
                    and (
                        _foreign_name_word(doc[k + 1])
                        or doc[k + 1].lower_ in FOREIGN_PARTICLES | FOREIGN_LINKS
                        and k + 2 < len(doc)
                        and _foreign_name_word(doc[k + 2])
                        or doc[k].lower_ in FOREIGN_JOINERS
                        and doc[k + 1].lower_ in FOREIGN_LINKS
                        and k + 3 < len(doc)
                        and doc[k + 2].lower_ in FOREIGN_PARTICLES
                        and _foreign_name_word(doc[k + 3])
                    )
                ):
                    k += 1  # "Banco Nacional de Desenvolvimento Econômico e Social", "... para el Desarrollo", "... e da Língua"
                elif (
                    end == k
                    and doc[k].is_lower
                    and doc[k].is_alpha
                    and doc[k].lower_ not in STOP_WORDS
                    and _runs_on_to_name(doc, k + 1)
                ):
                    k += 1  # "Ministère des Relations internationales et de la Francophonie": an adjective, then more
                elif (
                    doc[k].lower_ in FOREIGN_JOINERS | FOREIGN_LINKS | FOREIGN_PARTICLES
                    and end > j
                    and doc[k - 1].is_lower
                    and _runs_on_to_name(doc, k)
                ):
                    k += 1  # "... internationales et de la Francophonie": the joiner after the adjective
                elif (
                    doc[k].text == "-"
                    and end == k
                    and not doc[k - 1].whitespace_
                    and not doc[k].whitespace_
                    and k + 1 < len(doc)
                    and _foreign_name_word(doc[k + 1])
                ):
                    k += 1  # "Gabinete de Reconstrução Pós-Ciclones": a hyphened compound word
                elif (
                    doc[k].text == ","
                    and end > j
                    and k + 2 < len(doc)
                    and (
                        doc[k + 1].lower_ in REMIT_LIST_LINKS
                        and _foreign_name_word(doc[k + 2])
                        or doc[k + 1].lower_ in FOREIGN_LINKS
                        and _listed_remit_goes_on(doc, k + 2)
                    )
                ):
                    # "Ministère de l'Economie, des Finances et du Budget": its remits listed ("..., de Madrid" is
                    # its city)
                    k += 1
                else:
                    break
            if doc[i].text in ENGLISH_FOREIGN_HEADS and (
                not any(t.lower_ in FOREIGN_LINKS or FOREIGN_ELIDED.fullmatch(t.text) for t in doc[i + 1 : end])
                or any(t.text in PERSON_TITLES for t in doc[i + 1 : end])
            ):
                # "the Office Manager", "Commission President von der Leyen": an English head is a foreign name's only
                # with its link ("Office National des ...") and no title of a person
                continue
            if end > j:
                found.append(doc[i:end])
        return found

    @staticmethod
    def _funds_and_offices(doc: Doc) -> list[Span]:
        """Bodies named after what they do for a nation or an officer: "the Saudi Fund for Development"
        (a nation's fund named for development lends it, not an instrument), "the Attorney General's Office",
        and the Cabinet that decides."""
        table = country_table()
        found = []
        for match in DEVELOPMENT_FUND.finditer(doc_text(doc)):
            span = doc.char_span(match.start("owner"), match.end(), alignment_mode="contract")
            if span is not None and match.group("owner") in table:
                found.append(span)
        for match in GENERAL_OFFICE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                found.append(span[1:] if span[0].text == "The" else span)
        for match in COMPTROLLER_OF_STATE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                found.append(span)
        office_named = AUDITOR_GENERAL_OFFICE.search(doc_text(doc)) is not None
        for match in AUDITOR_GENERAL.finditer(doc_text(doc)):
            if office_named:
                continue  # the letter names the officer's office (in any spelling): the officer alone is that body
            rank = re.search(
                r"([A-Z][a-z]+)[ \t]+$", doc_text(doc)[max(0, match.start() - ROLE_WORD_REACH) : match.start()]
            )
            if rank is not None and rank.group(1) in ROLE_WORDS:
                continue  # "the Deputy Auditor-General", "an Assistant Auditor General": a person's rank under the officer
            # "of Examplia" goes with the officer when a state's name opens it (its longest such opening)
            words = (match.group("state") or "").split()
            state = next((k for k in range(len(words), 0, -1) if country_code(" ".join(words[:k]))), 0)
            end = match.start("state") + len(" ".join(words[:state])) if state else match.end("officer")
            span = doc.char_span(match.start(), end, alignment_mode="contract")
            if span is not None:
                found.append(span)
        for match in INSURER_FUND.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None and span[0].lower_ in STOP_WORDS:
                span = span[1:]  # "The Pension Fund": the article is no part of the name
            if span is not None and len(span) > 2:
                found.append(span)
        for match in CHAMBER_HOUSE.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                found.append(span)
        for match in (m for pattern in ACTING_FUNDS for m in pattern.finditer(doc_text(doc))):
            span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="contract")
            if span is not None and span[0].lower_ in STOP_WORDS:
                span = span[1:]  # "The Heritage Fund": the article is no part of the name
            if span is not None and len(span) > 1:
                found.append(span)
        for match in GOVERNMENT_CABINET.finditer(doc_text(doc)):
            if CABINET_ORGAN_BEFORE.search(doc_text(doc), 0, match.start()):
                continue  # "the Economic Committee (EC) of the Cabinet approved": the committee decides
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None:
                found.append(span)
        for match in LOCAL_GOVERNMENT.finditer(doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if span is not None and span[0].lower_ not in STOP_WORDS:
                found.append(span)
        subdivisions = subdivision_table()
        for match in SUBNATIONAL_GOVERNMENT.finditer(doc_text(doc)):
            words = match.group("place").split()
            # "County Government of Bong": counties govern themselves in some states only, so a county's name
            # (any top-level subdivision's) counts where the name itself says the government is a county's
            places = subdivision_countries() if match.group().startswith("County") else subdivisions
            width = next((w for w in range(len(words), 0, -1) if " ".join(words[:w]) in places), 0)
            if any(" ".join(words[:w]) in table for w in range(width, len(words) + 1)):
                continue  # "Government of Papua New Guinea": a country's, whose name opens with a province's
            if width:
                end = match.start("place") + len(" ".join(words[:width]))
                span = doc.char_span(match.start(), end, alignment_mode="contract")
                if span is not None and doc_text(doc)[match.start("place") : end] == " ".join(words[:width]):
                    found.append(span)
        return found

    @staticmethod
    def _issuing_funds(doc: Doc) -> list[Span]:
        """Where the text names the fund whose letterhead it bears, that fund is a body: it issues the text."""
        text = doc_text(doc)
        found = []
        for line in str(doc.user_data.get(AUTHOR_KEY) or "").splitlines():
            line = natural_case(line, particles=BODY_NAME_PARTICLES) if line.isupper() else line
            # A letterhead's fund opens its line or column; one inside a line ("SUBJECT: ... AND / THE
            # NEPAL EARTHQUAKE RELIEF FUND") is the subject's instrument, not who issues the text.
            columns = re.split(r"[ \t]{2,}", line.strip())
            for match in filter(None, (ISSUING_FUND.match(column) for column in columns)):
                for start in (m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(match.group())}\b", text)):
                    span = doc.char_span(start, start + len(match.group()), alignment_mode="contract")
                    if span is not None:
                        found.append(span)
            if not found:
                found += _fund_opening_letterhead(doc, columns)
        return found

    @staticmethod
    def _one_name_per_body(doc: Doc, candidates: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
        """A defined acronym names the longer body its name ends: "the Libyan Directorate for
        Combating Illegal Migration (DCIM)" makes DCIM the Libyan Directorate, not a second body."""
        renamed: dict[str, str] = {}
        for start, end, name, rule in candidates:
            if rule != "organisation.defined" or name != doc[start:end].text:
                continue  # a data name stays the data's
            longer = [c for c in chosen if c[1] == end and c[0] < start and c[3] == "organisation.institution"]
            if longer:
                renamed[name] = longer[0][2]
        return [(c[0], c[1], renamed.get(c[2], c[2]), c[3]) for c in chosen]

    @staticmethod
    def _compact_forms(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "Regional Support Office of the Bali Process" and "Bali Process Regional Support Office"
        are one body: the letter's own compact form names both."""
        out = list(chosen)
        for k, (start, end, name, rule) in enumerate(chosen):
            if rule != "organisation.institution" or name != doc[start:end].text:
                continue  # a name the data gave ("Defense Department" is its "Department of Defense") stays
            for link in (" of the ", " of "):
                head, sep, owner = name.partition(link)
                if sep and head.split()[-1] in ORG_HEADS | TAILED_HEADS and owner[:1].isupper():
                    compact = f"{owner} {head}"
                    # "Secretary for Water Ministry of Water", an addressee block run on: the owner there is the
                    # tail of a title's remit, no compact form
                    places = [m.start() for m in _compact_form_pattern(compact).finditer(doc_text(doc))]
                    if places:
                        out[k] = (start, end, compact, rule)
                        taken = {t for c in out for t in range(c[0], c[1])}
                        for at in places:
                            span = doc.char_span(at, at + len(compact))
                            if span is not None and not taken & set(range(span.start, span.end)):
                                out.append((span.start, span.end, compact, rule))
                    break
        # "the NDF Board of Directors" and "NDF's Board of Directors": the owner before a body's name
        # and the owner's possessive name one body, by the name the possessive leaves.
        owned = {
            (doc[c[0] - 2].text, c[2])
            for c in out
            if c[0] > 1 and doc[c[0] - 1].text in ("'s", "’s") and not doc[c[0] - 2].whitespace_
        }
        for k, (start, end, name, rule) in enumerate(out):
            owner, _, rest = name.partition(" ")
            if rule == "organisation.institution" and (owner, rest) in owned:
                out[k] = (start, end, rest, rule)
        return sorted(out)

    @staticmethod
    def _shortened_names(chosen: list[Candidate], author: str = "") -> list[Candidate]:
        """ "the Municipal Council" in a letter that names "the Municipal Council of Maputo", "the Advisory
        Committee" in one that names "the ARF Advisory Committee": a body's name without its owner is the
        one body the letter names in full so, not a second."""
        names = {c[2] for c in chosen}
        out = []
        for start, end, name, rule in chosen:
            words = name.split()
            # "The Agency also announced": a bare head is the one body the letter names in full with it.
            if rule == "organisation.institution" and (
                (len(words) > 1 and words[-1] in ORG_HEADS) or (len(words) == 1 and words[0] in INSTITUTION_WORDS)
            ):
                longer = {
                    n
                    for n in names
                    # "the Select Committee" in a letter that names "the Select Committee on Harbour Works": its remit
                    if any(n.startswith(f"{name} {starter} ") for starter in TAIL_STARTERS)
                    # "ARF Advisory Committee", not "Commission of Barcelona City Council": the words before
                    # are the owner's name, not another body's tail.
                    or (n.endswith(f" {name}") and all(w[:1].isupper() for w in n.removesuffix(name).split()))
                }
                if len(longer) == 1:
                    name = longer.pop()
            elif rule == "organisation.institution" and len(words) > 2 and words[0] in INSTITUTION_WORDS:
                # "the Ministry of Foreign Affairs" in a letter that names "the Ministry of Foreign Affairs of
                # the Republic of Ruritania": the one ministry, by the name that says whose it is.
                longer = {
                    n for n in names if n.startswith(f"{name} of ") and is_state_name(n.removeprefix(f"{name} of "))
                }
                own = " ".join(author.lower().split())
                if (name.lower() in own or name.lower().replace("ministry ", "minister ", 1) in own) and not any(
                    n.removeprefix(f"{name} of ").removeprefix("the ").lower() in own for n in longer
                ):
                    # the letterhead's "Ministry of National Defence", or the one its signatory, "the Minister of
                    # National Defence", heads: the author's own, not Romania's the letter names as well
                    longer = set()
                if len(longer) == 1:
                    name = longer.pop()
            out.append((start, end, name, rule))
        return out

    def _list_mates(self, doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """Bare names listed with an organisation are organisations too: "partners PriceSmart,
        MasterCard, Argidius Foundation, Pomona Impact, Cargill, and many others"."""
        table = country_table()
        titled = _titled_names(doc)
        taken = {i for c in chosen for i in range(c[0], c[1])}
        common = _lower_words(doc)  # "state", "support" written elsewhere
        found: list[Candidate] = []
        for match in NAME_LIST.finditer(doc_text(doc)):
            if re.search(r"\w['’]s\b", match.group(0)):
                continue  # "the World Bank's Rapid Damage and Needs Assessment": what a body owns, no bodies
            items = [
                doc.char_span(m.start() + match.start(), m.end() + match.start(), alignment_mode="contract")
                for m in re.finditer(_NAME, match.group(0))
            ]
            items = [_before_next_sentence(i) for i in items if i is not None and len(i)]
            items = [i for i in items if len(i)]
            if not items or not any(set(range(i.start, i.end)) & taken for i in items):
                continue
            if any(set(range(i.start, i.end)) & taken and not set(range(i.start, i.end)) <= taken for i in items):
                continue  # "KOICA Africa and Middle East Department": a known name opens a longer one, no list
            # "Cambria County Association for the Blind and Handicapped": a body's head keeps its tail.
            items = [
                doc[i.start : _name_tail(doc, i.end, self.max_name_tokens)] if i[-1].text in ORG_HEADS else i
                for i in items
            ]
            if any(len(i) > 1 and i[-1].text in ROLE_WORDS for i in items):
                continue  # "Jane Roe, Communications Officer, SPC": a contact's name, office and body, one body
            if any(len(i) == 1 and i[0].text in PERSON_TITLES for i in items):
                continue  # "Colonel Jan Roe, Commander, Bergen District, USACE": a person's title among them
            before = doc[items[0].start - 1] if items[0].start else None
            after = doc[items[-1].end] if items[-1].end < len(doc) else None
            if (before is not None and before.lower_ in LIST_BREAKERS) or (after is not None and after.is_title):
                continue  # "Department of State, Foreign Operations, and Related Programs ...": one name's remits
            address_country = None  # where a firm's address's country starts, after its city
            for item in items:
                words = item.text.split()
                city = item.end + 1 < len(doc) and doc[item.end].text == "," and _country_at(doc, item.end + 1)
                if city:
                    address_country = item.end + 1
                if (
                    set(range(item.start, item.end)) & taken
                    # "Acme Builders Ltd., Pokhara, Nepal.": a firm's address, its city and its country
                    or city
                    or item.start == address_country
                    or item.text in table
                    or words[-1] in table
                    # "Côte d'Ivoire": the name's lower-case end runs on in the next token, a country's
                    or (item.end < len(doc) and doc[item.start : item.end + 1].text in table)
                    or words[-1] in CONTINENTS
                    or words[-1] in PROGRAMME_HEADS
                    or item.text in titled
                    or any(w in PERSON_TITLES or w in CALENDAR_WORDS for w in words)  # "and Ms Anna Berg"
                    or item[0].is_sent_start
                    # "..., East African Development Bank, Plot 4 Nile Avenue": a number after the word
                    # makes it an address's (a plot, a street), no body
                    or (item.end < len(doc) and doc[item.end].text[:1].isdigit())
                    or words[0] in CLASS_WORDS  # "and Other International Organizations": a class of bodies
                    # "Contact: Press Office, AMCI, Avenue Mohammed VI, Rabat": an address's street and the
                    # city the letter is dated from, no bodies
                    or any(w in STREET_WORDS for w in words)
                    or words[-1] in BUILDING_WORDS  # "Audit Board, Conference Hall, ...": its room
                    or _is_letter_place(doc, item.text)  # "American Embassy, PORT KELVIN.": the city it writes from
                    or item.text.rstrip(".") in table
                    # "Direction de la Coopération Technique et Financière": the end of a name in its own
                    # language, joined by its "et", no body of its own
                    or (item.start > 0 and doc[item.start - 1].text in FOREIGN_JOINERS)
                    or len(item.text) < 2
                    or re.fullmatch(_EXECUTIVE, item.text)  # "Founder and Chairman of ...": titles
                    or (
                        len(words) == 1
                        and (
                            words[0].lower() in common
                            or words[0] in LEADING_INSTITUTION_WORDS | INSTITUTION_WORDS  # "and State": a short form
                            or (words[0].endswith("s") and words[0][:-1].isupper())
                            or (item.start > 0 and doc[item.start - 1].lower_ in DETERMINERS)
                        )
                    )
                ):
                    continue
                found.append(
                    (item.start, item.end, canonical_name(self.index, item.text) or item.text, "organisation.listed")
                )
        return found

    @staticmethod
    def _short_aliases(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
        """ "the Coalition" after "the Global Coalition to Defeat ISIS (…)": a bare capitalised head
        after "the" names again the one body named before it in full with that head."""
        taken = {i for c in chosen for i in range(c[0], c[1])}
        found: list[Candidate] = []
        for i in indices_of(doc, SHORT_ALIAS_HEADS):
            if i == 0 or i in taken or doc[i - 1].lower_ != "the":
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and (nxt.is_title or nxt.is_upper or nxt.lower_ in NAME_GOES_ON or nxt.text == "("):
                continue  # "the Coalition for Epidemic ...", "the Bank Group": a name of its own
            if i > 1 and (doc[i - 2].is_title or doc[i - 2].is_upper) and not doc[i - 2].is_sent_start:
                continue
            word = doc[i].text
            earlier = {c[2] for c in chosen if c[1] <= i and c[1] - c[0] > 1 and word in c[2].split()}
            if len(earlier) == 1:
                found.append((i, i + 1, earlier.pop(), "organisation.short_alias"))
        return found

    @staticmethod
    def _org(doc: Doc, start: int, end: int, name: str, rule: str) -> Span:
        """A span labelled as an organisation with its canonical name and rule."""
        out = Span(doc, start, end, label=FAMILY)
        out._.norm = " ".join(name.split())
        out._.rule = rule
        return out


@Language.factory(
    "letters_organisations",
    assigns=SPAN_ASSIGNS,
    requires=["doc.spans", "token.is_sent_start"],
    default_config={
        "max_name_tokens": MAX_NAME_TOKENS,
        "max_acronym_tokens": MAX_ACRONYM_TOKENS,
        "max_remit_tokens": MAX_REMIT_TOKENS,
    },
)
def make_organisations(
    nlp: Language, name: str, max_name_tokens: int, max_acronym_tokens: int, max_remit_tokens: int
) -> OrganisationMatcher:
    """Factory of the organisations component."""
    return OrganisationMatcher(nlp, max_name_tokens, max_acronym_tokens, max_remit_tokens)


def _natural_case_lines(text: str) -> str:
    """The text with each line set in capitals in natural case, each character where it was ("DELEGATION OF THE
    UNION" -> "Delegation of the Union"), so that a pattern's offsets stay the text's."""

    def cased(match: re.Match) -> str:
        line = match.group()
        if not line.isupper():
            return line
        words = iter(natural_case(line, particles=BODY_NAME_PARTICLES).split())
        spaced = re.sub(r"\S+", lambda _word: next(words), line)  # the line's own spaces kept
        return spaced if len(spaced) == len(line) else line

    return re.sub(r"[^\n]+", cased, text)


def _eu_delegations(doc: Doc) -> list[Candidate]:
    """The EU's delegations named by the state they are accredited to, in a sentence or an address in capitals."""
    cased = _natural_case_lines(doc_text(doc))
    found = []
    for match in EU_DELEGATION.finditer(cased):
        words = list(re.finditer(r"\S+", match.group("place")))
        lead = 1 if words[0].group() == "the" else 0
        width = next(
            (w for w in range(len(words), lead, -1) if " ".join(m.group() for m in words[lead:w]) in country_table()), 0
        )
        if not width:
            continue  # "... in Lima": a city, no state
        # "... to Fiji and Tonga", "... to Ghana and ECOWAS": a delegation accredited to a second state or body too
        more = [m.group() for m in words[width + 1 :]]
        if width < len(words) and words[width].group() == "and" and more:
            extra = next(
                (
                    w
                    for w in range(len(more), 0, -1)
                    if country_table().get(" ".join(more[:w]), ("", DEMONYM_RULE))[1] != DEMONYM_RULE
                ),
                0,
            )
            width += 1 + (extra or (len(more[0]) >= MIN_ACRONYM_LENGTH and more[0].isupper()))
        end = match.start("place") + words[width - 1].end()
        span = doc.char_span(match.start(), end, alignment_mode="contract")
        if span is not None:
            found.append(
                (span.start, span.end, " ".join(cased[match.start() : end].split()), "organisation.institution")
            )
    return found
