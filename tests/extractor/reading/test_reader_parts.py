"""The reader's pieces on small hand-made inputs: date lines, salutations, closings, hyphens,
Unicode, emphasis markers, letter parts, running headers and footers."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.reading.letter_parts import (
    Block,
    RawLine,
    assemble,
    char_boxes,
    document_words,
    hyphen_join,
    is_closing,
    is_salutation,
    joined_wraps,
    normalise_char,
    parse_date_line,
    split_letter,
)
from extractor.reading.pdf_layout import PageLines, drop_running, paragraphs
from extractor.reading.pdf_lines import dedupe, font_style
from extractor.reading.text_input import text_blocks


@pytest.mark.parametrize(
    "line,place,date",
    [
        ("Brussels, 21 October 2025", "Brussels", dt.date(2025, 10, 21)),
        ("February 21, 2024", None, dt.date(2024, 2, 21)),
        ("21.10.2025", None, dt.date(2025, 10, 21)),
        ("21st October 2025", None, dt.date(2025, 10, 21)),
        ("Washington, D.C., March 3, 2011", "Washington, D.C.", dt.date(2011, 3, 3)),
        ("Athens, 3rd of March 2023", "Athens", dt.date(2023, 3, 3)),
        ("Monday, 3 March 2025", None, dt.date(2025, 3, 3)),
        ("2025-10-21", None, dt.date(2025, 10, 21)),
        ("10/21/2025", None, dt.date(2025, 10, 21)),
        ("Rome, 6 luglio 2017", "Rome", dt.date(2017, 7, 6)),
        # A Buddhist-era year with the Gregorian one in brackets: the bracketed year dates it.
        ("30 October B.E. 2558 (2015)", None, dt.date(2015, 10, 30)),
        ("Khon Kaen, 27 January 2562 B.E. (2019)", "Khon Kaen", dt.date(2019, 1, 27)),
        # A Buddhist-era year alone, before or after: the Thai solar calendar's day and month, 543 years ahead.
        ("Lampang, 9 June B.E. 2566", "Lampang", dt.date(2023, 6, 9)),
        ("2 February 2570 B.E.", None, dt.date(2027, 2, 2)),
        # A document's kind on the date line's left, its wide gap lost, is no place.
        ("MEDIA STATEMENT Lisbon, 2 April 2024", "Lisbon", dt.date(2024, 4, 2)),
        ("Press release, 2 April 2024", None, dt.date(2024, 4, 2)),
        # a brief's or a fact sheet's kind likewise ("COUNTRY BRIEF", "FACT SHEET", "BRIEFING NOTE")
        ("COUNTRY BRIEF Valletta, 9 March 2029", "Valletta", dt.date(2029, 3, 9)),
        ("Fact Sheet Lusaka, 9 March 2029", "Lusaka", dt.date(2029, 3, 9)),
        ("BRIEFING NOTE Quito, 9 March 2029", "Quito", dt.date(2029, 3, 9)),
        # A Portuguese reference ("Ref.ª N.º") before the place.
        ("Ref.ª N.º 305/DNA/2018 Nampula, 19 April 2018", "Nampula", dt.date(2018, 4, 19)),
        # A registry's number named by its kind of record ("Oficio", "Expediente") before the place, its gap lost.
        ("Processo n.º 4411/19 Beira, 5 de maio de 2019", "Beira", dt.date(2019, 5, 5)),
        ("Expediente N° 77/SG/2021 Rosario, 30 November 2021", "Rosario", dt.date(2021, 11, 30)),
        # The particle before a Spanish or Italian date is not the place's.
        ("Sevilla, a 2 de junio de 2026", "Sevilla", dt.date(2026, 6, 2)),
        ("Napoli, lì 9 aprile 2026", "Napoli", dt.date(2026, 4, 9)),
        ("Date: 5 Sept. 2019", None, dt.date(2019, 9, 5)),
        ("Bruxelles, le 21 octobre 2025", "Bruxelles", dt.date(2025, 10, 21)),
        # A capital district's dotted abbreviation after the city is no part of the place.
        ("Santo Domingo, D.N., 4 de mayo de 2027", "Santo Domingo", dt.date(2027, 5, 4)),
        ("Ciudad de Panamá, R.P., 9 June 2028", "Ciudad de Panamá", dt.date(2028, 6, 9)),
        # A Portuguese date line, as minutes signed in a lusophone capital are dated.
        ("Luanda, 3 de setembro de 2027.", "Luanda", dt.date(2027, 9, 3)),
        ("Praia, 14 de março de 2026", "Praia", dt.date(2026, 3, 14)),
        ("FACT SHEET | Updated 30 June 2025", None, dt.date(2025, 6, 30)),
        ("Press office | Vienna, 2 May 2024", "Vienna", dt.date(2024, 5, 2)),
        # An agreement's closing formula names its place after the verb.
        ("Done at Lisbon, on 4 May 2024.", "Lisbon", dt.date(2024, 5, 4)),
        ("Signed in Accra, 12 March 2025", "Accra", dt.date(2025, 3, 12)),
        # A label before a colon is no place, nor the weekday after it.
        ("Presented to the House: Monday, 2nd March, 2026", None, dt.date(2026, 3, 2)),
        # The country after the city is no part of the place.
        ("Apia, Samoa – 9 May 2027", "Apia", dt.date(2027, 5, 9)),
        # A phrase that leads into the date is no place.
        ("Presented to the Legislative Council on 3rd March 2031", None, dt.date(2031, 3, 3)),
        ("STATEMENTS FOR THE FINANCIAL YEAR ENDED 30 JUNE 2029", None, dt.date(2029, 6, 30)),
        # "dated" before the date is no place's word.
        ("Bhopal, dated 04.07.2028", "Bhopal", dt.date(2028, 7, 4)),
        # Of two dated fields, the one that issues the text dates it.
        ("Figures as of 31 May 2028 | Released: Maputo, 9 June 2028", "Maputo", dt.date(2028, 6, 9)),
        # The hour of issue after the date is no text after it.
        ("Suva, 2 March 2031, 0600 hrs (UTC+12)", "Suva", dt.date(2031, 3, 2)),
        ("Quito, 5 June 2029, 09:15 a.m.", "Quito", dt.date(2029, 6, 5)),
        # A newspaper's place in the field before a weekday and the date.
        ("Kampala | Tuesday, 4 March 2031", "Kampala", dt.date(2031, 3, 4)),
        # A place that begins like a weekday keeps its name; a weekday after the place is the date's.
        ("Monrovia, 3 June 2030", "Monrovia", dt.date(2030, 6, 3)),
        ("Satu Mare, 3 June 2030", "Satu Mare", dt.date(2030, 6, 3)),
        ("Sunday Island, 5 June 2030", "Sunday Island", dt.date(2030, 6, 5)),
        ("Wedel, 5 June 2030", "Wedel", dt.date(2030, 6, 5)),
        ("Paris, Thursday 5 June 2030", "Paris", dt.date(2030, 6, 5)),
        ("Accra, Tue. 4 June 2030", "Accra", dt.date(2030, 6, 4)),
        # The sender's file number after the date on its line; a dispatch date in year-first order.
        ("Vilnius, 14.03.2019 No 3-7/19-0412", "Vilnius", dt.date(2019, 3, 14)),
        ("Riga, 2.11.2021 Nr. 01-5/88", "Riga", dt.date(2021, 11, 2)),
        ("Date of dispatch: 2027. 5. 4.", None, dt.date(2027, 5, 4)),
        ("Busan, 2019.11.28", "Busan", dt.date(2019, 11, 28)),
        # A protocol number that ends on its date after a slash.
        ("Prot. No.: 4417/3.05.2022", None, dt.date(2022, 5, 3)),
        # A file code without a label before the place, its gap lost in print.
        ("DEX21-004417 / KLM 220310 Lima, 9 March 2027", "Lima", dt.date(2027, 3, 9)),
        # ... whose code opens with letter groups in capitals, alone or joined.
        ("SEC PROT 2031/118 Lakeview, 9 March 2031", "Lakeview", dt.date(2031, 3, 9)),
        ("K_T-X 2031/55 Lakeview, 9 March 2031", "Lakeview", dt.date(2031, 3, 9)),
        # A registry's number after the date, with a bracketed part.
        ("4 March 2031 Ref. 15(B)-07/2", None, dt.date(2031, 3, 4)),
        # The Gregorian date alone in brackets, on a line under another calendar's: no place.
        ("(4 March 2031)", None, dt.date(2031, 3, 4)),
        # The same day in another calendar, in digits, before the Gregorian one in brackets.
        ("Asmara, 14/03/2021 E.C. (22 November 2028)", "Asmara", dt.date(2028, 11, 22)),
        # ... or in brackets after it, its month first, as English prints the Ethiopian one.
        ("Gondar, 3 March 2031 (Megabit 24, 2023 E.C.)", "Gondar", dt.date(2031, 3, 3)),
        ("17 June 2030 (Sene 10, 2022 E.C.)", None, dt.date(2030, 6, 17)),
        # The same day in another calendar, in brackets after the Gregorian one, with or without a place.
        ("Tuesday, 9 May 2028 (13 Shawwal 1449H)", None, dt.date(2028, 5, 9)),
        ("Tabriz, 9 May 2028 (19 Ordibehesht 1407 S.H.)", "Tabriz", dt.date(2028, 5, 9)),
        # A place whose name holds a small word.
        ("Ain es Nour, 11 September 2009", "Ain es Nour", dt.date(2009, 9, 11)),
        # "dated the" before the day names no place ...
        ("DATED THE 19TH DAY OF AUGUST, 2004", None, dt.date(2004, 8, 19)),
        # ... but a place's own "The" after a closing formula's verb is the place's.
        ("Done at The Hague, 8 October 2029", "The Hague", dt.date(2029, 10, 8)),
        ("Signed in The Hague on 8 October 2029", "The Hague", dt.date(2029, 10, 8)),
        # The month in Roman numerals, as Central European and EU offices write it.
        ("Valdoria, 3.IV.2002", "Valdoria", dt.date(2002, 4, 3)),
        ("Mirenburg, 27-XII-1988", "Mirenburg", dt.date(1988, 12, 27)),
    ],
)
def test_date_lines(line, place, date):
    found = parse_date_line(line)
    assert found is not None and found[0] == place and found[1] == date


@pytest.mark.parametrize(
    "line",
    [
        "The Council met on 21 October 2025 and agreed on the next steps for the pact.",
        "Brussels",
        "31 February 2025",
        "Ref. 2025/123",
        # A reference number whose last parts read as a day, a month and a year.
        "No.: B.117/DIR/KSP.4/7/2023",
        # ... or slashed figures at a reference's end, after its letters in another script.
        "Ref. No. АБ/ВГ/9/11/2071",
        # A street named after a date, with its house number: an address line.
        "Str. 27 August 1991, nr. 5",
        "Tallinn, 24.01.2017 and the Council met to agree on the programme",
        # A reference number after its office's letters and a slash, its last parts in the same slashes.
        "No. ბთ/კა/4/12/2088",
        # A year in brackets after a Gregorian year, no era beside it: no other calendar's date.
        "7 April 2031 (2030)",
        # An Ethiopian date whose year is misread beyond any calendar's range.
        "Date: Yekatit 4, 9998 E.C.",
    ],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Yours sincerely,",
        "Sincerely,",
        "Kind regards",
        "Yours faithfully,",
        "With best regards,",
        "With my warmest regards,",
        "With our very best wishes",
        "Respectfully yours,",
        "*Yours sincerely,*",
        "Best wishes,",
        "In warm friendship,",
        "With sincere friendship",
        "With gratitude and warm regards,",
        "With deep appreciation",
        "Please accept, Dr. Lund, the assurances of my highest consideration.",
        # A close written by hand, as a transcription marks it; French closes.
        "[handwritten:] Kind regards,",
        "(handwritten) With best wishes",
        "Bien amicalement,",
        "Très amicalement,",
        # New Zealand's Māori close ("yours sincerely"), with or without its macrons.
        "Nāku noa nā",
        "Naku iti noa, na",
        "Nāku iti noa, nā",
        # The Arabic close ("and peace be upon you"), alone or with its blessings.
        "Wassalam,",
        "Wassalamu alaikum warahmatullahi wabarakatuh.",
    ],
)
def test_closings(line):
    assert is_closing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regards to your team were sent on Monday.",
        "Sincerely, we hope that the Council will agree.",
        "Yours is the final word on this matter.",
        "With friendship between our peoples, trade has grown.",
        "With respect to the loan, the Bank agreed.",
        "Please accept our apologies. The assurances of my highest consideration follow.",
    ],
)
def test_not_closings(line):
    assert not is_closing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dear colleagues,",
        "Dear Mr. Chairman:",
        "Excellency,",
        "Dear Sir or Madam,",
        "Ladies and Gentlemen,",
        "Honorable Members,",
        "Honourable Minister,",
        "Hon'ble Mr. Chairman,",
        # A role alone with its comma or colon, as a translated "Monsieur le Ministre," reads.
        "Minister,",
        "Prime Minister:",
        "Commissioner,",
        # The role after a form of address, as a translated "Herr Staatssekretär," reads; a plural role.
        "Mr. State Secretary,",
        "Madam Minister:",
        "Esteemed Ambassadors:",
        # A graded office after the form of address, as a translated "Señor Comisionado General:" reads.
        "Mr. Commissioner General:",
        "Madam Director General,",
        # An honoured office alone, closed by its comma or colon.
        "Honourable Deputy Commissioner,",
        "Honorable Vice-Mayor:",
        "Honorable Deputy Governor:",
        # An address to the nation, closed by its comma, colon or "!".
        "My fellow Ruritanians,",
        "Fellow citizens:",
        "My dear fellow countrymen and countrywomen!",
        # A greeting in the reader's own language before the name, closed by its comma.
        "Kia ora Hemi,",
        "Bula Permanent Secretary,",
        # A Māori greeting of two words or more, which names nothing, also without its comma.
        "Tēnā koutou katoa",
        "Tena korua",
        "Kia ora koutou",
    ],
)
def test_salutations(line):
    assert is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dear as it was, the plan failed.",
        "Hello to all the teams who made this possible, and to their families and friends.",
        "The Honourable Jane Roe MP",
        "Honourable as the aim is, it failed.",
        "Minister",
        "Minister of Finance, Budget and Public Accounts",
        "President, Republic of Examples",
        "Mr. Minister of Finance",
        # An honoured office that goes on names the addressee over its department.
        "Honourable Secretary of State",
        "Honourable Governor",
        "Fellow citizens, tonight I speak to you of hard choices.",
    ],
)
def test_not_salutations(line):
    assert not is_salutation(line)


@pytest.mark.parametrize(
    "line,greets,asked",
    [
        ("Dear Director General,", True, True),
        ("Dear Members of the Board:", True, True),
        ("Dear colleagues", False, False),  # no comma or colon after it: no greeting before the text under it
        ("The fund will open its second call in the spring.", False, False),
        ("The fund's two calls are these:", False, True),
    ],
)
def test_a_greeting_is_asked_of_the_salutation_rules_only_when_it_closes_with_a_comma_or_colon(
    line, greets, asked, monkeypatch
):
    """_greets: a salutation closed by its comma or colon; the rules are asked only of a line that ends so."""
    from extractor.reading import letter_parts

    calls = []
    monkeypatch.setattr(letter_parts, "is_salutation", lambda text: calls.append(text) or is_salutation(text))
    assert letter_parts._greets(line) is greets
    assert bool(calls) is asked


NOTHING = (set(), set())


@pytest.mark.parametrize(
    "line,following,known,action",
    [
        ("the full imple-", "mentation of", NOTHING, "join"),
        ("improve our com-", "munications with", NOTHING, "join"),
        ("the EU-", "Turkey Statement", NOTHING, "keep"),
        ("must go hand-in-", "hand with", NOTHING, "keep"),
        ("a rights-", "based approach", NOTHING, "keep"),
        ("countering State-", "sponsored smuggling", NOTHING, "keep"),
        ("for 2025-", "2027 in Egypt", NOTHING, "keep"),
        ("a pause -", "and then", NOTHING, None),
        ("no hyphen", "here", NOTHING, None),
        ("the imple\u00ad", "mentation", NOTHING, "join"),
        ("further co-", "operation", ({"cooperation"}, set()), "join"),
        ("further co-", "operation", (set(), {"co-operation"}), "keep"),
    ],
)
def test_line_end_hyphens(line, following, known, action):
    assert hyphen_join(line, following, known) == action


def test_document_words_skip_line_end_fragments():
    plain, hyphenated = document_words([Block([RawLine("the co-operation of imple-"), RawLine("mentation")])])
    assert "co-operation" in hyphenated and "imple" not in plain and "mentation" in plain


@pytest.mark.parametrize(
    "lines,unicode_pattern",
    [
        (["The well-known plan \u2013 its 2026 budget\u2019s share_of", "cross-border aid for re-", "building"], False),
        (["Aid to Z\u00fcrich and co-", "operation in Bras\u00edlia"], True),  # letters past ASCII
        (["Area in m\u00b2 and km-", "long roads"], True),  # a superscript two is one of _WORD's letters
        (["Grants of \u20ac5 million \u2018per year\u2019 to the north-", "east"], False),  # signs and quotes
    ],
)
def test_document_words_of_a_text_whose_letters_are_ascii_are_found_by_the_ascii_pattern(
    lines, unicode_pattern, monkeypatch
):
    """The words _WORD finds, found by the ASCII pattern where no char past ASCII is one of _WORD's letters (quotes,
    dashes and signs are none), by _WORD itself where one is."""
    import re

    from extractor.reading import letter_parts

    blocks = [Block([RawLine(line) for line in lines])]
    expected = set()
    for line in lines:
        found = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line)
        expected.update(word.lower() for word in (found[:-1] if line.endswith("-") else found))
    asked = []

    class Asked:
        def findall(self, text):
            asked.append(text)
            return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)

    monkeypatch.setattr(letter_parts, "_WORD", Asked())
    letter_parts._text_words.cache_clear()  # each text searched here, not found among an earlier test's
    plain, hyphenated = document_words(blocks)
    assert plain | hyphenated == expected
    assert bool(asked) is unicode_pattern


def test_document_words_search_a_letters_texts_once_from_its_parts_to_its_body(monkeypatch):
    """The body's blocks (new blocks of the parts' lines) take the words found for the parts' blocks' texts; a text
    not seen is searched; split_letter, which opens a letter's parts, forgets the letter before."""
    import re

    from extractor.reading import letter_parts

    searched = []

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def findall(self, text):
            searched.append(text)
            return re.findall(self.pattern, text)

    monkeypatch.setattr(letter_parts, "_WORD", Counted(r"[^\W\d_]+(?:-[^\W\d_]+)*"))
    monkeypatch.setattr(letter_parts, "_ASCII_WORD", Counted(r"[A-Za-z]+(?:-[A-Za-z]+)*"))
    heading = RawLine("Orchard grants for the Vell\u00e9e valley")
    wrapped = [RawLine("The growers' co-op will replant thirty-"), RawLine("two terraces before the frost.")]
    split_letter([])  # a new letter
    first = document_words([Block([heading]), Block(list(wrapped))])
    assert len(searched) == 3  # the heading, the line cut at its hyphen, the block's other line
    searched.clear()
    again = document_words([Block(list(wrapped)), Block([RawLine("Signed at the mill.")])])
    assert searched == ["Signed at the mill."]
    assert (
        first[1] == again[1] == {"co-op"}
        and {"replant", "terraces", "vell\u00e9e"} <= first[0]
        and "thirty" not in first[0]
    )
    assert "mill" in again[0] and "vell\u00e9e" not in again[0]
    searched.clear()
    split_letter([])
    document_words([Block(list(wrapped))])
    assert len(searched) == 2


@pytest.mark.parametrize(
    "raw,plain",
    [
        ("\ufb01", "fi"),
        ("\ufb02", "fl"),
        ("\u00a0", " "),
        ("\u2009", " "),
        ("\u202f", " "),
        ("\u2019", "\u2019"),
        ("\u201c", "\u201c"),
        ("\u200b", ""),
        ("\u2011", "-"),
        ("\u2013", "\u2013"),
        ("\uff21", "A"),
        ("é", "é"),
    ],
)
def test_normalise_char(raw, plain):
    assert normalise_char(raw) == plain


def test_font_styles():
    assert font_style("ABCDEF+TimesNewRomanPS-BoldItalicMT") == (True, True)
    assert font_style("Helvetica-Oblique") == (False, True)
    assert font_style("MinionPro-It") == (False, True)
    assert font_style("Arial-Black") == (True, False)
    assert font_style("DejaVuSerif") == (False, False)


def test_dedupe_drops_overprinted_copies_only():
    def char(text, x0, top):
        return {"text": text, "fontname": "F", "size": 10.0, "x0": x0, "top": top}

    chars = [char("a", 10, 10), char("a", 10.4, 10.3), char("b", 16, 10), char("a", 30, 10), char("a", 10, 30)]
    assert [(c["text"], c["x0"], c["top"]) for c in dedupe(chars)] == [
        ("a", 10, 10),
        ("b", 16, 10),
        ("a", 30, 10),
        ("a", 10, 30),
    ]


def test_text_emphasis_markers():
    blocks = text_blocks("***Morocco** is a partner and a * b is literal.*\n\nPlain **bold** text.")
    body, paragraphs, styles, lines = assemble(blocks)
    assert body == "Morocco is a partner and a * b is literal.\n\nPlain bold text."
    spans = {(body[s.start : s.end], s.style) for s in styles}
    assert ("Morocco", "bold") in spans and ("bold", "bold") in spans
    assert ("Morocco is a partner and a * b is literal.", "italic") in spans
    assert len(paragraphs) == 2 and lines == []


LETTER = """MINISTRY OF EXAMPLES
Avenue 1, Sometown

Sometown, 4 May 2021

H.E. The Minister
Ministry of Elsewhere

Dear Minister,

First paragraph of the body, which says something.

Second paragraph.

With kind regards,

[signature]

Ann Author
Director-General
"""


def test_parts_of_a_text_letter():
    parts, body_blocks = split_letter(text_blocks(LETTER))
    assert parts.letterhead == "MINISTRY OF EXAMPLES\nAvenue 1, Sometown"
    assert (parts.place, parts.date) == ("Sometown", dt.date(2021, 5, 4))
    assert (parts.salutation, parts.closing) == ("Dear Minister", "With kind regards")
    assert (parts.signatory, parts.signatory_title, parts.has_signature_image) == (
        "Ann Author",
        "Director-General",
        True,
    )
    assert [block.text for block in body_blocks] == [
        # The recipient's address is not a part: it stays text, a line each (one thing a line, no sentence).
        "H.E. The Minister",
        "Ministry of Elsewhere",
        "First paragraph of the body, which says something.",
        "Second paragraph.",
    ]
    assert parts.source_lines == {
        "letterhead": ["MINISTRY OF EXAMPLES", "Avenue 1, Sometown"],
        "date": ["Sometown, 4 May 2021"],
        "salutation": ["Dear Minister,"],
        "closing": ["With kind regards,"],
        "signature": ["[signature]"],
        "signatory": ["Ann Author"],
        "title": ["Director-General"],
    }


def test_a_fact_sheet_dated_by_its_month():
    text = "NORDIC FUND\n\nHelsinki, February 2024\n\nAbout the Fund\nThe Fund approved EUR 21 million in 2023."
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.month, parts.date_text) == ("Helsinki", None, "2024-02", "February 2024")
    assert "The Fund approved EUR 21 million in 2023." in " ".join(block.text for block in body_blocks)


def test_a_brief_dated_by_its_month_in_a_field_of_its_issue_line():
    text = "RIVER POLICY FORUM\nWorking Paper 07/02 | March 2029\n\nThe Forum counted the loans paid this year."
    parts, _body = split_letter(text_blocks(text))
    # The publisher over the issue line is no place.
    assert (parts.place, parts.month) == (None, "2029-03")


def test_the_letterheads_city_without_its_postal_district_or_its_province():
    for address, place in (
        ("Ministry Road\nP.O. Box 118\nMaseru 7\nLESOTHO", "Maseru"),
        ("Hall 3\nRegina, Saskatchewan", "Regina"),
        # A three-digit postal code after the city; a bag's lettered number and a postal code after the city.
        ("Block B, Ampefiloha, Toliara 601", "Toliara"),
        ("Private Bag X902, Polokwane, 0700 | 12 Main Street, Polokwane", "Polokwane"),
        # A word with an apostrophe inside ("Ha'apai", "Pa'anga") is a name's, not a sentence's lower case.
        ("Matangi Ha'apai\nP.O. Box 12, Taufa'ahau Road, Pangai", "Pangai"),
        # A six-digit postal code after the city, the country after it.
        ("12 Lenin Prospekt, Karakol 722200, Kyrgyz Republic", "Karakol"),
        # A district, a slash and the province's city at the address's end.
        ("Gazi Caddesi No: 7, 35100 Bornova / IZMIR", "Izmir"),
        # A body's name closing a list of its remits with "and"; its city in the address's column beside the fax.
        ("WATER, SANITATION, PARKS AND GARDENS\nFax: +1 555 0100 | 80250 MOMBASA.", "Mombasa"),
        # A postal code joined to the city by a hyphen: that city, also where it names its province too.
        ("Bhaban 4 (Level-2), Boyra, Sonadanga, Khulna-9000", "Khulna"),
        # India's PIN after the city, in two groups of three without a dash, the country after it.
        ("Sagar Bhavan\nHillnagar 560 104, India", "Hillnagar"),
        # ... or after a dash, with a building's name before the city: the city.
        ("Shanti Bhavan, Navapur - 302 005", "Navapur"),
        # A postal code before the city, then the contacts on the same line.
        ("Quay Road 7, AB-20314 Lakeview, tel. +99 555 0100", "Lakeview"),
        # A seat's building or quarter by its name, then the city.
        ("Rana Putra, Elbaville", "Elbaville"),
        # The address in a column right of the contacts, its district and country run together on one line.
        (
            "Phone +99 555 0100 | Private Bag 21\nWeb: www.water.example | 9 Kelp Street\nFax +99 555 0101 | Dorpstad 2 NORWAY",
            "Dorpstad",
        ),
        # The same column beside a line that reads as text: the city and country under the street.
        ("Phone +99 555 0100 | 7 Quay Road\nOur office opens at nine each weekday | RIVERTON, NORWAY", "Riverton"),
        # The West Indies' dotted abbreviation after the country; the city's postal district before it.
        ("Harbour House, Castries 2, Saint Lucia, W.I.", "Castries"),
        # A typed letterhead's street and city without a comma, a British postal code after them.
        ("61 Wool Street Bradford BD1 3AA", "Bradford"),
        # An Indian PIN after the city, with the comma that runs the address on.
        ("Block C, Sector 9,\nRiverton - 400 123,", "Riverton"),
        # A postal code before the city, the contacts after a dash.
        ("P.O. Box 18, 4410 Lakeview - Tel. 2233445 - Fax 2233446", "Lakeview"),
        # A city's quadrant in capitals before the city, which also names a state.
        ("740 Q Street, S.E., Washington, D.C. 20003, USA", "Washington"),
    ):
        text = f"MINISTRY OF WATER\n{address}\n\n3 May 2030\n\nDear Director,\n\nWe thank you.\n\nYours,\n\nAnn Author"
        assert split_letter(text_blocks(text))[0].place == place


def test_a_name_in_brackets_under_the_enclosure_line_signs_a_memo():
    text = (
        "Directorate of Fisheries\n\nRef: DOF/ADM/2031/44          Date: 4 February 2031\n\nTo\nThe Joint "
        "Secretary\nPlanning Wing\n\nSubject: Half-yearly audit statement.\n\nPlease find attached the audit "
        "statement of the fish seed farms for January to June, which the Wing called for on 10 January.\n\n"
        "Enclosure: Audit Statement, two sets.\n\n                (Ravi Shankar Menon)\n"
        "                Deputy Director\n                Tel: 0471-233 4455"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert parts.signatory == "Ravi Shankar Menon"
    assert "Enclosure: Audit Statement, two sets." in [b.text for b in body_blocks]


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("KEYNOTE ADDRESS BY THE GOVERNOR OF THE RESERVE BANK\nDr. Amara Okafor, Governor", "Amara Okafor"),
        ("Opening remarks by H.E. Mr. Tomas Varga, Minister of Finance", "Tomas Varga"),
        # A heading whose next lines name a subject and a date, no one with an honorific: no speaker.
        ("SPECIAL ADDRESS BY THE PRESIDENT\nTHE NATIONAL RECOVERY PLAN", None),
        # Who presents a paper is no speaker who signs; a speech's heading stands first or in capitals.
        ("Presentation by Ms. Jane Roe, consultant", None),
        ("MEETING OF DONORS\nRemarks by Mr. Li Wei, host", None),
        # A statement in a state's name, delivered by its speaker, named without an honorific under a heading.
        (
            "Item 4 of the agenda\n\nStatement by Elbonia\ndelivered by Ann Author, Deputy Minister",
            "Ann Author",
        ),
    ],
)
def test_a_spoken_texts_heading_names_its_speaker_as_signatory(heading, speaker):
    text = (
        f"{heading}\n\nVienna, 4 June 2029\n\nMr. Chairman,\n\nOn behalf of my Government I thank the hosts of this "
        "meeting and announce a further contribution to the reconstruction fund for the region.\n\nThank you."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.salutation, parts.signatory) == ("Mr. Chairman", speaker)


def test_an_enclosure_dated_at_the_foot_does_not_date_the_letter():
    text = (
        "9 April 2030\n\nDear Minister,\n\nWe send the estimate of the storm damage.\n\nSincerely,\n\nAnn Author\n\n"
        "Encl.: Damage estimate (April 2, 2030)"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert parts.date == dt.date(2030, 4, 9)
    assert "Encl.: Damage estimate (April 2, 2030)" in [
        line.text.strip() for block in body_blocks for line in block.lines
    ]


def test_two_signers_each_under_the_body_they_sign_for_without_a_closing():
    text = (
        "JOINT SUMMARY\nLomé, 3–4 May 2030\n\n"
        + "The two agencies agreed to pool their grants for the river basin over three years.\n\n" * 6
        + "Done at Lomé on 4 May 2030.\n\nFor the River Basin Authority\nKofi Mensah-Addo\nExecutive Secretary\n\n"
        "For the Regional Water Agency\nMarie Dubois\nDirector"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Kofi Mensah-Addo", "Executive Secretary")
    # The bodies signed for stay in the text.
    assert "For the River Basin Authority" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_day_date_line_wins_over_a_month_line():
    parts, _body = split_letter(
        text_blocks("Report of February 2024\n\nBrussels, 3 March 2024\n\nDear Minister,\n\nText.")
    )
    assert (parts.date, parts.month) == (dt.date(2024, 3, 3), None)


def test_a_date_at_the_foot_under_a_cc_list():
    text = (
        "Dear Director,\n\nWe confirm the funding of the programme this year.\n\nSincerely,\n\n[signature]\n\n"
        "Ann Author\nAssistant Secretary\n\ncc: U.S. Mission in Geneva\n    Regional Office, San José\n\n"
        "Washington, July 14, 2025"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Washington", dt.date(2025, 7, 14))
    assert "cc: U.S. Mission in Geneva" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_note_verbale_dated_at_the_foot_over_its_seal_and_addressee():
    text = (
        "FOREIGN MINISTRY OF ELBONIA\n\nRef. 2031/NB-88\n\nThe Foreign Ministry greets the Nordic Bank's "
        "liaison office and, answering the Bank's message dated 2 April, agrees that the next instalment can be "
        "paid.\n\nThe Foreign Ministry takes this occasion to renew to the Bank the expression of its high esteem.\n\n"
        "          Tallinn, 11 May 2031\n          (stamp)\n\n"
        "Liaison Office of the Nordic Bank\nRävala 4\nTallinn"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Tallinn", dt.date(2031, 5, 11), None)
    assert "Rävala 4" in [line.text.strip() for block in body_blocks for line in block.lines]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_note_verbale_with_its_place_over_its_date_at_the_foot_over_the_addressees_city(gap):
    # The place on a line of its own over the date, in the date's paragraph or one of its own, then the addressee
    # in the same city and a list of copies to people: the place and date are the note's, and no line is a signer.
    text = (
        "EMBASSY OF RURITANIA\n\nRef. RU/EDU/118\n\nThe Embassy of Ruritania refers to the Ministry's request "
        "about the school grants and is pleased to state that the third payment has reached the provincial "
        "treasury.\n\nThe Embassy takes this opportunity to renew to the Ministry the assurances of its highest "
        f"consideration.\n\n        LAKESIDE,{gap}        9 October 2030\n\nMinistry of Education\nLakeside\n\n"
        "Copies:\n  Ms A. Rahman, Treasury\n  Mr J. Okoro, Schools Board\n  Mrs P. Lind, Audit Office"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Lakeside", dt.date(2030, 10, 9), None)
    assert "Ministry of Education" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_copy_list_marked_with_dots_and_no_colon_names_one_recipient_a_line():
    # "cc." and a tab before each person: the list's lines stay apart, none of them the signer's.
    text = (
        "Dear Ms Lind,\n\nThe grant for the ferry landings will be paid in two parts, the first in May.\n\n"
        "Kind regards,\n\nTomas Vik\nHead of Finance\n\n"
        "cc.\tA. Rahman (Treasury)\n\tJ. Okoro (Schools Board)\n\tP. Lind (Audit)"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Tomas Vik", "Head of Finance")
    assert [block.text for block in body_blocks][-3:] == [
        "cc. A. Rahman (Treasury)",
        "J. Okoro (Schools Board)",
        "P. Lind (Audit)",
    ]


@pytest.mark.parametrize("issuer", ["Small Island Ports Conference", "Harbour Cities Summit"])
def test_a_meeting_named_over_the_place_and_date_of_its_outcomes_is_no_signatory(issuer):
    body = "".join(f"{n}.  Delegates agreed on phase {n} of the common ports programme.\n\n" for n in range(1, 8))
    text = f"SUMMARY OF DECISIONS\n\n{body}{issuer}\nApia, Samoa\n19 October 2032"
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Apia", dt.date(2032, 10, 19), None)


@pytest.mark.parametrize(
    ("foot", "place"),
    [("Issued by the Press Office of the Fund\nLusaka, 4 March 2025", "Lusaka"), ("NORDLAND FUND\n4 MARCH 2025", None)],
)
def test_a_date_under_the_issuer_at_the_foot_of_a_notice(foot, place):
    text = "NOTICE\n\nThe Board approved three loans to member states at its spring meeting this week.\n\n" + foot
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (place, dt.date(2025, 3, 4))


def test_a_date_under_the_issuers_address_at_the_foot_takes_the_address_city():
    text = (
        "NOTICE OF WATER TARIFFS\n\n"
        + "The Board approved three loans to member states at its spring meeting.\n\n" * 12
        + "Published for the River Basin Authority by its Secretary\n"
        "Harbour House, 7 Pier Lane, Eastwick 2\n4 March 2025"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Eastwick", dt.date(2025, 3, 4))
    assert "Harbour House, 7 Pier Lane, Eastwick 2" in [line.text.strip() for b in body_blocks for line in b.lines]


def test_a_statement_without_salutation_or_closing_ends_with_its_place_over_its_date():
    body = "".join(
        f"Delegates went through item {n} of the work plan and agreed its next steps.\n\n" for n in range(1, 11)
    )
    opening = "Trade officials of Atlantis and Ruritania met in Valletta for their yearly talks.\n\n"
    text = f"JOINT COMMUNIQUE\n\n{opening}{body}Valletta\n14 October 2031"
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Valletta", dt.date(2031, 10, 14), None)
    # A signer's initials, an issuer, or a name the text never names as a place, over the date are no place.
    for signer in ("T.K.B.", "MINISTRY OF TRADE OF ATLANTIS", "Ruth Okafor"):
        parts, _body = split_letter(text_blocks(text.replace("Valletta\n14 October", f"{signer}\n14 October")))
        assert (parts.place, parts.date) == (None, dt.date(2031, 10, 14))


def test_a_date_that_ends_a_wrapped_sentence_is_no_foot_date():
    text = (
        "NOTICE\n\n"
        + "The Board approved three loans to member states at its spring meeting. " * 10
        + "\n\nThe next meeting of the Board will be held on\n4 March 2025"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.date is None


def test_the_sending_body_over_the_signer_is_not_the_signatory():
    text = (
        "NORDLAND BANK\nHarbour Street 2\n\n2 May 2024\n\nDear Director,\n\nWe confirm the loan today.\n\n"
        "Yours sincerely,\n\nNordland\n\nDr Eva Lindqvist\nManaging Director"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Eva Lindqvist", "Managing Director")


def test_the_arabic_close_is_no_signatory():
    text = (
        "Dear Colleague,\n\nThank you for the visit to the training college last week; the report you asked for "
        "is enclosed with this note.\n\nWassalamu alaikum\n\nNur Aisyah Karim\nHead of Finance"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.closing, parts.signatory) == ("Wassalamu alaikum", "Nur Aisyah Karim")


def test_an_unclosed_signer_with_title_unit_and_body_over_a_cc_list():
    text = (
        "Dear Minister,\n\nWe confirm the loan for the new hospital in the capital this year, and we will send "
        "the signed agreement to your office next week.\n\n"
        "Ana Ruiz Soto\nSenior Director\nPublic Health Lending Division\nThe National Development Bank of Example\n\n"
        "cc: Embassy of Example\n    Ministry of Finance"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Ana Ruiz Soto", "Senior Director")
    assert "cc: Embassy of Example" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_an_unclosed_signer_over_a_body_named_with_its_bracketed_acronym():
    text = (
        "Dear Director,\n\nThe Institute has approved the second grant for the water project in the north, "
        "and the first transfer will follow in the coming weeks.\n\n"
        "Lena Marie-Claire Vogt\nHead of Programmes\nNordic Institute for Water Cooperation (NIWC)"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Lena Marie-Claire Vogt", "Head of Programmes")


def test_an_unclosed_signer_with_a_bracketed_honorific_over_an_office_named_by_a_brand():
    text = (
        "Dear Chair,\n\nThe Agency has approved the grant for the clinics in the south, and the first transfer "
        "will follow once the signed form is back.\n\n"
        "HON. (DR.) MARIA ELENA TORRES, EGH\nDirector\niLumen – Northern Agency for Rural Health\n\n"
        "Copy to:\nThe Clerk of the Assembly"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Maria Elena Torres", "Director")


def test_a_signer_for_another_keeps_the_name_without_the_pp_mark():
    text = (
        "Dear Ms Lund,\n\nThe Board has agreed to your request for a further loan tranche.\n\n"
        "Kind regards,\n\np.p. Oskar Brandt\nHead of Lending"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Oskar Brandt", "Head of Lending")


def test_a_place_and_date_right_under_the_signers_title_date_the_letter():
    text = (
        "Dear Chair,\n\nThe Ministry will renew its grant to the regional seed bank next year.\n\n"
        "Warm regards,\nTomas Novak\nDeputy Minister of Agriculture\nPrague, 4 November 2026"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Prague", dt.date(2026, 11, 4), "Tomas Novak")
    assert parts.signatory_title == "Deputy Minister of Agriculture"


def test_a_meetings_span_of_days_yields_to_the_issue_date_under_it():
    text = (
        "GOVERNING COUNCIL\nTwelfth session\nNairobi, Kenya, 3-5 June 2024\n\nGC.12/Inf.1\n21 June 2024\n\n"
        "REPORT OF THE SESSION\n\nThe Council met and took the decisions below."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Nairobi", dt.date(2024, 6, 21))


def test_not_a_letter_keeps_all_its_text():
    parts, body_blocks = split_letter(text_blocks("Item | Cost\n\nPaper | 3\n\nInk | 4"))
    assert parts.date is None and parts.salutation is None and parts.closing is None
    assert len(body_blocks) == 3


def _line(text, page, top, size=10.0, x0=72.0):
    return RawLine(text=text, page=page, bbox=(x0, top, x0 + 6 * len(text), top + size), size=size)


def test_running_header_footer_and_page_numbers_dropped():
    pages = []
    for number in (1, 2, 3):
        lines = [_line("Annual report of the Examples Office", number, 30, size=8)]
        lines += [_line(f"Body line {k} on page {number} of the text.", number, 100 + 14 * k) for k in range(20)]
        lines += [_line(f"- {number} -", number, 800, size=8)]
        pages.append(PageLines(number=number, lines=lines, images=[], height=842))
    drop_running(pages)
    texts = [line.text for page in pages for line in page.lines]
    assert len(texts) == 60 and all(text.startswith("Body line") for text in texts)


def test_repeated_line_inside_the_text_flow_is_kept():
    pages = []
    for number in (1, 2):
        lines = [_line(f"Text line {k} of page {number}.", number, 72 + 14 * k) for k in range(52)]
        lines.append(_line("and so the same words close both pages", number, 72 + 14 * 52))
        pages.append(PageLines(number=number, lines=lines, images=[], height=842))
    drop_running(pages)
    assert sum(line.text.startswith("and so") for page in pages for line in page.lines) == 2


def test_paragraph_cut_by_a_page_break_is_joined():
    first = [_line("The first paragraph runs to the foot of the page and", 1, 700)]
    second = [_line("continues on the next page.", 2, 80), _line("A new paragraph.", 2, 120)]
    blocks = paragraphs([PageLines(1, first, [], 842), PageLines(2, second, [], 842)])
    assert [block.text for block in blocks] == [
        "The first paragraph runs to the foot of the page and continues on the next page.",
        "A new paragraph.",
    ]


@pytest.mark.parametrize("footer", ["1", "- 1 -", "Page 1 of 1", "1/1", "p. 1"])
def test_one_page_letter_page_number_dropped(footer):
    lines = [_line(f"Body line {k} of the only page.", 1, 100 + 14 * k) for k in range(10)]
    lines.append(_line(footer, 1, 800, size=10))
    page = PageLines(number=1, lines=lines, images=[], height=842)
    drop_running([page])
    assert [line.text for line in page.lines] == [f"Body line {k} of the only page." for k in range(10)]


def test_browser_print_header_and_footer_dropped_on_one_page():
    lines = [_line("11/27/26, 9:40 PM A letter to the Council", 1, 16, size=8)]
    lines += [_line(f"Body line {k}.", 1, 100 + 14 * k) for k in range(10)]
    lines.append(_line("file:///tmp/letter.html 1/1", 1, 820, size=8))
    page = PageLines(number=1, lines=lines, images=[], height=842)
    drop_running([page])
    assert [line.text for line in page.lines] == [f"Body line {k}." for k in range(10)]


def test_a_number_in_the_text_is_not_a_page_number():
    lines = [_line(f"Body line {k}.", 1, 100 + 14 * k) for k in range(10)] + [_line("2025", 1, 240)]
    page = PageLines(number=1, lines=lines, images=[], height=842)
    drop_running([page])
    assert page.lines[-1].text == "2025"


def test_last_word_of_a_sentence_at_the_foot_is_not_a_page_number():
    pages = []
    for number in (1, 2):
        lines = [
            _line(f"Text line {k} of page {number}, which runs on to the", number, 100 + 14 * k) for k in range(50)
        ]
        lines.append(_line("12.", number, 100 + 14 * 50))  # the wrapped end of a sentence, in the bottom band
        pages.append(PageLines(number=number, lines=lines, images=[], height=842))
    drop_running(pages)
    assert all(page.lines[-1].text == "12." for page in pages)


def test_fake_bold_copies_mark_the_char_bold():
    from extractor.reading.pdf_lines import FAKE_BOLD_KEY, build_line

    chars = []
    for k, letter in enumerate("Bold"):
        for offset in (0.0, 0.3):
            chars.append(
                {
                    "text": letter,
                    "fontname": "Regular",
                    "size": 10.0,
                    "x0": 10 + 6 * k + offset,
                    "x1": 16 + 6 * k + offset,
                    "top": 100.0,
                    "bottom": 110.0,
                }
            )
    kept = dedupe(chars)
    assert len(kept) == 4 and all(FAKE_BOLD_KEY in c for c in kept)
    line = build_line([(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in kept], 1)
    assert line.text == "Bold" and all(line.bold)


def test_cc_line_is_not_the_signatory_title():
    parts, _ = split_letter(
        text_blocks("Dear Sir,\n\nBody text.\n\nYours faithfully,\n\nA. Person\n\ncc: The Secretary-General")
    )
    assert parts.signatory == "A. Person" and parts.signatory_title is None


def test_list_items_are_paragraphs_in_text_and_pdf():
    from extractor.reading.letter_parts import starts_list_item

    blocks = text_blocks("We will:\n- fund the first call;\n- open an office.\n\n1. One.\n2. Two.")
    assert [block.text for block in blocks] == [
        "We will:",
        "- fund the first call;",
        "- open an office.",
        "1. One.",
        "2. Two.",
    ]
    assert starts_list_item("• Liste 2", "• Liste")
    assert not starts_list_item("3. of the Regulation applies", "as laid down in Article")


def test_pdf_bullet_lines_start_paragraphs():
    lines = [_line("We will:", 1, 100), _line("• fund the first call;", 1, 114), _line("• open an office.", 1, 128)]
    blocks = paragraphs([PageLines(1, lines, [], 842)])
    assert [block.text for block in blocks] == ["We will:", "• fund the first call;", "• open an office."]


def test_the_next_numbered_or_lettered_item_opens_a_line_of_its_own():
    from extractor.reading.letter_parts import follows_list_item

    assert follows_list_item("2. Harbour dredging", "1. School roofs ... 40 million", "1. School roofs ... 40 million")
    assert follows_list_item("(b) Wells", "(a) Clinics", "(a) Clinics")
    assert follows_list_item("ii) Wells", "i) Clinics", "i) Clinics")  # a roman two after a roman one
    assert follows_list_item("(j) Wells", "(i) Clinics", "(i) Clinics")  # a letter after the ninth letter
    assert follows_list_item("IV. Annex", "III. Costs", "and staff")
    assert not follows_list_item("3. Wells", "1. Clinics", "1. Clinics")  # not the next number
    assert not follows_list_item("2) Wells", "1. Clinics", "1. Clinics")  # numbered another way
    assert not follows_list_item("2. of the Regulation", "The grant under", "The grant under Article")  # no item
    assert not follows_list_item("(b) wells", "(a) clinics;", "(a) clinics; and")  # one sentence runs on


def test_items_ending_on_a_figure_are_paragraphs_in_text_and_pdf():
    text = (
        "The board approved these loans:\n\n"
        "   1. Grain silos, first phase ....... 75 million\n"
        "   2. Market roads, with their\n"
        "      bridges ......................... 30 million\n"
        "   3. Training of nurses ............. 12 million\n\n"
        "The loans are repayable over twenty years."
    )
    expected = [
        "The board approved these loans:",
        "1. Grain silos, first phase ....... 75 million",
        "2. Market roads, with their bridges ......................... 30 million",
        "3. Training of nurses ............. 12 million",
        "The loans are repayable over twenty years.",
    ]
    assert [block.text for block in text_blocks(text)] == expected
    lines = [
        _line("The board approved these loans:", 1, 100),
        _line("1. Grain silos, first phase ....... 75 million", 1, 114, x0=90.0),
        _line("2. Market roads, with their bridges .... 30 million", 1, 128, x0=90.0),
        _line("3. Training of nurses ............. 12 million", 1, 142, x0=90.0),
    ]
    blocks = paragraphs([PageLines(1, lines, [], 842)])
    assert [block.text for block in blocks][1:] == [
        expected[1],
        "2. Market roads, with their bridges .... 30 million",
        expected[3],
    ]


def test_items_set_a_paragraph_each_are_not_joined_as_a_page_break():
    item = "1. Construction of the district hospital wards and staff houses in the three northern provinces 90 million"
    blocks = text_blocks(f"{item}\n\n2. Training of the hospital staff 10 million")
    assert [block.text for block in blocks] == [item, "2. Training of the hospital staff 10 million"]


def test_bold_heading_at_the_foot_of_a_page_is_not_joined_to_the_next_page():
    heading = _line("Cooperation with partner countries in the region", 1, 700)
    heading.bold = [True] * len(heading.text)
    body = _line("The partnerships launched last year are working well.", 2, 80)
    blocks = paragraphs(
        [PageLines(1, [_line("Text above it.", 1, 600), heading], [], 842), PageLines(2, [body], [], 842)]
    )
    assert [block.text for block in blocks][-2:] == [heading.text, body.text]


# Signatories and places as many authors and producers write them: small letters of our own.
BODY = (
    "Dear Colleague,\n\nWe write to you about the programme of cooperation, which has now run for three years "
    "and has shown results in many of the partner countries.\n\n"
)
BODY_TEXT = BODY.split("\n\n")[1]


def _parts(text):
    parts, body_blocks = split_letter(text_blocks(text))
    return parts, [block.text for block in body_blocks]


@pytest.mark.parametrize(
    "foot,signatory,title",
    [
        # "(Signed)" under a long diplomatic close, the name on the next line or on the same one.
        (
            "Please accept, Excellency, the assurances of my highest consideration.\n\n(Signed)\n\nJohn Q. Smith\nMinister of Foreign Affairs",
            "John Q. Smith",
            "Minister of Foreign Affairs",
        ),
        (
            "Please accept, Excellency, the assurances of my highest consideration.\n\n(signed) Amara Okafor\nMinister",
            "Amara Okafor",
            "Minister",
        ),
        (
            "I avail myself of this opportunity to renew to you the assurances of my highest consideration.\n\n[Signed]\n\nLena Berg",
            "Lena Berg",
            None,
        ),
        # A transcriber's mark in the copy's language for the signature, the printed name under it in capitals.
        (
            "Cordialmente,\n\n[firmado]\nCarlos Ibáñez Soto\nViceministro de Obras Públicas",
            "Carlos Ibáñez Soto",
            "Viceministro de Obras Públicas",
        ),
        ("Atentamente,\n\n[assinado]\nJoão Batista Ferraz\nDiretor", "João Batista Ferraz", "Diretor"),
        # A paraph by surname over the typed full name and the title: the full name signs.
        ("(signed) Beispiel\nDr Mia Beispiel\nHead of Division 44", "Mia Beispiel", "Head of Division 44"),
        # The title and an initialled name on one line, as Russian-style letters sign; a clerk's line under it
        # is no signer.
        (
            "Sincerely yours,\n\nDeputy Minister          K. Petrenko-Vovk\n\nPrepared by: L. Hrytsenko, tel. 235-11-04",
            "K. Petrenko-Vovk",
            "Deputy Minister",
        ),
        # US e-signatures: "/s/" is no name.
        ("Sincerely,\n\n/s/\n\nJane Roe\nAssistant Secretary", "Jane Roe", "Assistant Secretary"),
        ("Sincerely,\n\n/s/ Jane Roe\nAssistant Secretary", "Jane Roe", "Assistant Secretary"),
        ("Respectfully,\n\n/s/Carlos Mendez", "Carlos Mendez", None),
        # "Signed," in place of a closing, and a signature rule above the name.
        ("Signed,\n\nMaria de la Cruz\nExecutive Director", "Maria de la Cruz", "Executive Director"),
        ("Signed: Tomas Novak\nHead of Unit", "Tomas Novak", "Head of Unit"),
        (
            "Yours faithfully,\n\n______________________\nPriya Raman\nExecutive Director",
            "Priya Raman",
            "Executive Director",
        ),
        # A name and its title on one line.
        ("Kind regards,\n\nJane Roe, Executive Director", "Jane Roe", "Executive Director"),
        # Two signatories one after the other: the first signs.
        ("Sincerely,\n\nJane Roe\nChair\n\nJohn Doe\nRanking Member", "Jane Roe", "Chair"),
        # Honorifics and post-nominals.
        ("Yours sincerely,\n\nAmb. Macharia Kamau\nPrincipal Secretary", "Macharia Kamau", "Principal Secretary"),
        (
            "Sincerely,\n\nThe Honourable Marc Miller, P.C., M.P.\nMinister of Immigration",
            "Marc Miller",
            "Minister of Immigration",
        ),
        ("Yours sincerely,\n\nH.E. Mr Ali Hassan\nAmbassador", "Ali Hassan", "Ambassador"),
        ("With best regards,\n\n[signature]\n\nDr. Ursula von der Leyen", "Ursula von der Leyen", None),
        # For whom one signs is no name; a bracketed honorific after the name goes.
        (
            "Yours faithfully,\n\nFor and on behalf of the Government of the Republic of Examplestan\n\nAnna Lindqvist\nMinister",
            "Anna Lindqvist",
            "Minister",
        ),
        (
            "Sincerely,\n\nFor the Secretary-General:\n\nKofi Mensah (Mr)\nUnder-Secretary-General",
            "Kofi Mensah",
            "Under-Secretary-General",
        ),
        # A deputy signs for the officer: the officer's line is no name.
        (
            "Yours sincerely,\n\nfor Director General of the Examplestan Aid Agency\n\nNadia Farouk\nHead of Grants",
            "Nadia Farouk",
            "Head of Grants",
        ),
        # A signature set in type above the typed name of the same person: the typed, fuller name.
        # The body signed for wraps onto a second line: that line is no name either.
        (
            "Yours faithfully,\n\nFor the Ministry of Fisheries\nand Ocean Economy of Examplestan\n\nRuth Okoye\nMinister",
            "Ruth Okoye",
            "Minister",
        ),
        ("Yours sincerely,\n\nK. Adeyemi-Brown\nProf. Kemi Adeyemi-Brown\nRector", "Kemi Adeyemi-Brown", "Rector"),
        ("Warm regards,\n\nLars Eklund\nLars Eklund\nState Secretary", "Lars Eklund", "State Secretary"),
        # A footer with a web address under the name is no title.
        ("Kind regards,\n\nLars Eklund\nStorgatan 1, Stockholm · www.example.se", "Lars Eklund", None),
        # The office above the mark of a signature and the name under it: the name signs, the office is its title.
        (
            "Please accept, Excellency, the assurances of my highest consideration.\n\nMinister of Trade and Industry,"
            "\n\n[signed and sealed]\n\nDr. Ir. Wayan Sudarta, M.Eng.",
            "Wayan Sudarta",
            "Minister of Trade and Industry",
        ),
        # Two signers side by side, a "/s/" over each column: the first column's name signs.
        (
            "Very truly yours,\n\n    /s/                                    /s/\n\n"
            "Mira K. Osei-Bonsu                      Tom R. Ashdown\nMinister of Finance                      Governor",
            "Mira K. Osei-Bonsu",
            "Minister of Finance",
        ),
        # A close written by hand under a formal one: the name under it signs.
        (
            "Please accept, Minister, my warm regards and my friendship.\n\n[handwritten:] Bien amicalement,"
            "\n\nClaire Dubois-Martel",
            "Claire Dubois-Martel",
            None,
        ),
        # No closing: a signature description above a name still gives the name.
        ("[signature]\n\nJane Roe\nDirector", "Jane Roe", "Director"),
    ],
)
def test_signatory_patterns(foot, signatory, title):
    parts, body = _parts(BODY + foot)
    assert (parts.signatory, parts.signatory_title) == (signatory, title)
    # The close and the signature block are not body text; what else the foot holds (a second
    # signer, "For and on behalf of ...", a footer) is, after the letter's own text.
    assert body[0] == BODY_TEXT
    assert not any(signatory in line or (title and title in line) for line in body[1:])


@pytest.mark.parametrize(
    "line,name",
    [
        ("Amb. Macharia Kamau", "Macharia Kamau"),
        ("The Honourable Marc Miller, P.C., M.P.", "Marc Miller"),
        ("H.E. Mr X. Ndlovu", "X. Ndlovu"),
        ("HE Ms Grace Mensah", "Grace Mensah"),
        ("Dr. Jane Doe", "Jane Doe"),
        ("Prof. Hans-Peter Müller", "Hans-Peter Müller"),
        ("Sir Keir Starmer", "Keir Starmer"),
        ("The Rt Hon Sir Keir Starmer KCB KC MP", "Keir Starmer"),
        ("Rt. Hon. David Lammy MP", "David Lammy"),
        ("Baroness Valerie Amos", "Valerie Amos"),
        ("The Hon Clare Doyle MP", "Clare Doyle"),
        ("Hon Tony Burke", "Tony Burke"),
        ("Honey Smith", "Honey Smith"),
        ("Hong Lei", "Hong Lei"),
        ("Jane Doe, PhD", "Jane Doe"),
        ("Dr. Ir. Bambang Wiryo, M.Sc.", "Bambang Wiryo"),
        ("Shri Arvind Menon IAS", "Arvind Menon"),
        ("Hon. Grace Atim Oketch (MP)", "Grace Atim Oketch"),
        # Italy's professional titles before a signer's name: an advocate, a surveyor, an accountant.
        ("Avv. Giulia Conti", "Giulia Conti"),
        ("Rag. Paolo Greco", "Paolo Greco"),
        # The engineer's title with its stop; without it "Eng" is a given name.
        ("Eng. Marta Quesada Villar", "Marta Quesada Villar"),
        ("Eng Hock Lim", "Eng Hock Lim"),
        # Malaysia's federal and state titles and the pilgrim's title before the name.
        ("Tan Sri Farid Kamal", "Farid Kamal"),
        ("Dato' Sri Lim Wei Jie", "Lim Wei Jie"),
        ("Haji Rosli bin Osman", "Rosli bin Osman"),
        ("Datuk Seri Nurul Aina binti Hassan", "Nurul Aina binti Hassan"),
        # What must not change: particles, a name's own capitalisation, suffixes that are the name's.
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Charles de Gaulle", "Charles de Gaulle"),
        ("Jean van Damme", "Jean van Damme"),
        ("Martin Luther King, Jr.", "Martin Luther King, Jr."),
        ("Henry Ford, III", "Henry Ford, III"),
        ("JANE ROE", "JANE ROE"),
        ("He Lifeng", "He Lifeng"),
        ("Drew Sirleaf", "Drew Sirleaf"),
        ("Ambassador", "Ambassador"),
        ("Dr.", "Dr."),
    ],
)
def test_person_name(line, name):
    from extractor.reading.letter_parts import person_name

    assert person_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Please accept, Excellency, the assurances of my highest consideration.",
        "The Embassy of Examplestan avails itself of this opportunity to renew to the Ministry the assurances of its highest consideration.",
        "Accept, Sir, the renewed assurances of my most distinguished consideration.",
        # The praise doubled, as Spanish and Portuguese notes close.
        "We renew to the Minister on this occasion the sentiments of our deepest and most distinguished esteem.",
        "Please accept, Madam Minister, the assurances of my very high and distinguished consideration.",
    ],
)
def test_formal_closings(line):
    assert is_closing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thank you for your support. Please accept the assurances of my highest consideration.",
        "Please accept our apologies for the delay in answering your letter of 3 May.",
        "We accept the assurances of the Government that the camps will close.",
    ],
)
def test_not_formal_closings(line):
    assert not is_closing(line)


def test_form_labels_under_a_drawing_are_no_signatory():
    parts, _ = _parts(BODY + "[signature]\n\nSignature Pen Tool 2")
    assert parts.signatory is None


@pytest.mark.parametrize(
    "head,place",
    [
        ("MINISTRY OF EXAMPLES\n\nSometown\n21 October 2025\n\n", "Sometown"),  # before, same paragraph
        ("MINISTRY OF EXAMPLES\n\n21 October 2025\nThe Hague\n\n", "The Hague"),  # after, same paragraph
        ("MINISTRY OF EXAMPLES\n\nFrankfurt am Main,\n\n21 October 2025\n\n", "Frankfurt am Main"),  # with its comma
        ("MINISTRY OF EXAMPLES\n\nSometown, 21 October 2025\n\n", "Sometown"),  # the date line's own place wins
        # What is no place: the letterhead, an address, a recipient, a reference.
        ("MINISTRY OF EXAMPLES\n21 October 2025\n\n", None),
        ("Avenue 1\n1000 Sometown\n21 October 2025\n\n", None),
        ("MINISTRY OF EXAMPLES\n\n21 October 2025\nH.E. The Minister\nMinistry of Elsewhere\n\n", None),
        ("MINISTRY OF EXAMPLES\n\n21 October 2025\nRef: ABC/12\n\n", None),
        ("Frontex\n\n21 October 2025\n\nWarsaw\n\n", None),  # a paragraph of its own after the date
    ],
)
def test_place_on_its_own_line(head, place):
    parts, body = _parts(head + BODY + "Sincerely,\n\nJane Roe")
    assert parts.date == dt.date(2025, 10, 21) and parts.place == place
    # An address or a reference between the date and the salutation is text of the letter: body.
    assert body[-1] == BODY_TEXT and not any(place and place in line for line in body)


def test_place_before_the_date_is_not_letterhead():
    parts, _ = _parts("MINISTRY OF EXAMPLES\n\nSometown\n21 October 2025\n\n" + BODY + "Sincerely,\n\nJane Roe")
    assert parts.letterhead == "MINISTRY OF EXAMPLES"


def test_two_signatories_side_by_side_in_a_pdf(tmp_path):
    """Two signature blocks on the same rows: the left (first) one signs."""
    from reportlab.pdfgen import canvas

    from extractor.reading.reader import read_letter

    path = tmp_path / "two.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Sometown, 21 October 2025")
    c.drawString(72, 720, "Dear Colleague,")
    c.drawString(72, 695, "We write to you about the programme of cooperation, which has now run for three years.")
    c.drawString(72, 665, "Sincerely,")
    for k, (left, right) in enumerate([("Jane Roe", "John Doe"), ("Chair", "Ranking Member")]):
        c.drawString(72, 620 - 14 * k, left)
        c.drawString(330, 620 - 14 * k, right)
    c.showPage()
    c.save()
    parts = read_letter(path).parts
    assert (parts.signatory, parts.signatory_title) == ("Jane Roe", "Chair")


@pytest.mark.parametrize(
    "line,place",
    [
        ("Haeundae, Busan, Republic of Korea", "Haeundae, Busan"),
        ("Geneva, Switzerland", "Geneva"),
        # A building's name before the city: the city.
        ("Shastri Bhawan, New Delhi", "New Delhi"),
    ],
)
def test_a_place_over_the_date_line_without_its_country(line, place):
    parts, _body = _parts(f"FACT SHEET\n\n{line}\n18 July 2024\n\n{LONG_BODY}")
    assert (parts.place, parts.date.isoformat()) == (place, "2024-07-18")


def test_two_signatories_side_by_side_in_a_text_letter():
    """The text reader joins side-by-side signature blocks into rows of cells: the first column signs."""
    parts, body = _parts(
        "Dear Colleague,\n\nWe write to you about the programme of cooperation, which has now run for three years.\n\n"
        "Sincerely,\n\nJane Roe                         John Doe\nChair                            Ranking Member\n"
    )
    assert (parts.signatory, parts.signatory_title) == ("Jane Roe", "Chair")
    # the co-signer stays in the signature's lines as written, nothing dropped
    assert parts.source_lines["signatory"] == ["Jane Roe | John Doe"]


# The conventions for real letters (DIGEST.md), on letters shaped as the real ones are.
LONG_BODY = (
    "The situation continues to pose an unusual and extraordinary threat to the national security and "
    "foreign policy of the country, and it is necessary to continue the national emergency declared then."
)


def test_place_from_the_letterhead_and_the_first_salutation_only():
    parts, body = _parts(
        "THE WHITE HOUSE\n\nWASHINGTON\n\nMarch 29, 2021\n\nDear Madam Speaker: (Dear Madam President:)\n\n"
        + LONG_BODY
        + "\n\nSincerely,\n\nJOSEPH R. BIDEN JR."
    )
    assert (parts.letterhead, parts.place, str(parts.date)) == (
        "THE WHITE HOUSE\nWASHINGTON",
        "Washington",
        "2021-03-29",
    )
    assert parts.salutation == "Dear Madam Speaker"
    assert parts.source_lines["salutation"] == ["Dear Madam Speaker: (Dear Madam President:)"]  # kept as written
    assert (parts.closing, parts.signatory) == ("Sincerely", "Joseph R. Biden Jr.")
    assert body == [LONG_BODY]


@pytest.mark.parametrize(
    "line,name",
    [
        ("JOSEPH R. BIDEN JR.", "Joseph R. Biden Jr."),
        ("URSULA VON DER LEYEN", "Ursula von der Leyen"),
        ("HENRY FORD III", "Henry Ford III"),
        ("JEAN-CLAUDE JUNCKER", "Jean-Claude Juncker"),
        ("MARY O'NEIL", "Mary O'Neil"),
        ("JOHN MCDONALD", "John McDonald"),
        ("WASHINGTON, DC", "Washington, DC"),
        ("JANE ROE, MD", "Jane Roe, MD"),
        ("JOHN SMITH, JR.", "John Smith, Jr."),
    ],
)
def test_a_name_in_capitals_in_natural_case(line, name):
    from extractor.reading.letter_parts import NAME_PARTICLES
    from extractor.reference.casing import natural_case

    assert natural_case(line, particles=NAME_PARTICLES) == name


def test_dated_at_the_foot_with_a_signature_and_no_closing():
    parts, body = _parts(
        "TO THE CONGRESS OF THE UNITED STATES:\n\n"
        + LONG_BODY
        + "\n\nJOSEPH R. BIDEN JR.\n\nTHE WHITE HOUSE,\n\nMarch 2, 2021."
    )
    assert parts.salutation == "TO THE CONGRESS OF THE UNITED STATES"
    assert (parts.signatory, parts.place, str(parts.date)) == ("Joseph R. Biden Jr.", "The White House", "2021-03-02")
    assert body == [LONG_BODY]


def test_closing_and_name_on_one_line():
    parts, body = _parts(BODY + "Sincerely, JOSEPH R. BIDEN JR.")
    assert (parts.closing, parts.signatory, body) == ("Sincerely", "Joseph R. Biden Jr.", [BODY_TEXT])


def test_a_name_and_its_title_without_a_closing_end_the_body():
    parts, body = _parts(BODY + "Charles Michel\nPresident of the European Council")
    assert (parts.signatory, parts.signatory_title, body) == (
        "Charles Michel",
        "President of the European Council",
        [BODY_TEXT],
    )


@pytest.mark.parametrize(
    "tail",
    [
        "Investing in the Region as a Partner",  # a heading: no name
        "To view a signed copy of the letter, visit: <https://example.org/letter.pdf>",
        "- Helping partner countries build their capacity, with new signed agreements on returns.",
    ],
)
def test_no_signatory_from_the_last_line_of_a_document(tail):
    parts, body = _parts(BODY + tail)
    assert parts.signatory is None and parts.salutation == "Dear Colleague"
    assert body == [BODY_TEXT, tail] and not parts.has_signature_image


def test_a_date_that_ends_a_wrapped_paragraph_is_not_the_letter_date():
    # The issue's data loss: the head's date was taken as a date at the foot and the body emptied.
    blocks = text_blocks("WASHINGTON\n\nNovember 10, 2021\n\nDear Madam Speaker:\n\n" + LONG_BODY + "\n\nJANE ROE")
    blocks[-2].lines.append(RawLine(text="November 14, 2021."))  # the wrapped last line of a PDF paragraph
    parts, body_blocks = split_letter(blocks)
    assert str(parts.date) == "2021-11-10" and parts.signatory == "Jane Roe"
    assert body_blocks[0].text == LONG_BODY + " November 14, 2021."


def test_a_repeated_letterhead_is_letterhead():
    parts, body = _parts(
        "MINISTRY OF EXAMPLES\nDirectorate for Tests\n\nSometown, 3 March 2025\n\nDear Colleague,\n\n"
        + LONG_BODY
        + "\n\nMINISTRY OF EXAMPLES\nDirectorate for Tests\n\n"
        + BODY_TEXT
        + "\n\nSincerely,\n\nJane Roe"
    )
    assert body == [LONG_BODY, BODY_TEXT]
    assert parts.source_lines["letterhead"] == ["MINISTRY OF EXAMPLES", "Directorate for Tests"] * 2


def test_a_suspended_hyphen_at_a_line_end_keeps_its_space():
    from extractor.reading.letter_parts import hyphen_join

    known = (set(), set())
    assert hyphen_join("in low-", "and middle-income countries", known) is None
    assert hyphen_join("door-", "to-door visits", known) == "keep"


def test_a_title_case_headline_is_a_paragraph_of_its_own():
    text = (
        "FACT SHEET: United States and G7+ Plan to Defeat the COVID-19 Pandemic in 2022 and Prevent the Next Pandemic"
        "\n\nToday, President Biden welcomed the historic commitment of the leaders.\n"
    )
    blocks = text_blocks(text)
    assert len(blocks) == 2
    assert blocks[0].lines[0].text.endswith("Next Pandemic")


def test_a_headline_with_more_than_in_it_is_a_paragraph_of_its_own():
    # "than" is a small word a title keeps in lower case: the deck under the headline is a paragraph of its own.
    text = (
        "FACT SHEET: Partners Have Mobilised More than $2 Billion for Clean Water in the Region"
        "\n\nMore than $300 million pledged this week will reach rural towns.\n"
    )
    assert len(text_blocks(text)) == 2


def test_a_long_sentence_cut_by_a_page_break_still_joins():
    text = (
        "The Government of the Republic has decided to increase its support to the partners of the region in"
        "\n\nOctober, as agreed.\n"
    )
    assert len(text_blocks(text)) == 1


def test_style_runs_are_trimmed_of_white_space_and_reach_the_end():
    from extractor.reading.letter_parts import _runs

    body = " ab cd  e"
    flags = [True, True, True, False, True, True, True, False, True]
    spans = _runs(body, flags, "bold")
    assert [(s.start, s.end, s.style) for s in spans] == [(1, 3, "bold"), (4, 6, "bold"), (8, 9, "bold")]
    assert _runs(body, [False] * len(body), "italic") == []
    assert [(s.start, s.end) for s in _runs("  ", [True, True], "bold")] == []


def test_style_runs_of_a_bool_array_are_the_lists():
    """_runs finds the same spans in a bool array (assemble's flags from a page's arrays) as in a list of bools."""
    import numpy as np

    from extractor.reading.letter_parts import _runs

    body = "xy  Quay  wall z "
    for flags in ([True] * 3 + [False] * 3 + [True] * 10 + [False], [False] * 16 + [True], [True] * 17, [False] * 17):
        assert _runs(body, np.array(flags, dtype=bool), "italic") == _runs(body, flags, "italic")


def _written_page(texts: list[str], bold: list[bool], italic: list[bool], page: int) -> list[RawLine]:
    """Lines written one after the other in a page's places (as the compiled reader writes them), each holding its
    flags and boxes as lists and where they start in the page's arrays."""
    import numpy as np

    from extractor.reading.letter_parts import PagePlaces
    from extractor.reading.rounding import RoundedLater

    x0s = [10.0 + 5.25 * k + 0.004 * (k % 3) for k in range(len(bold))]
    x1s = [x + 4.125 for x in x0s]
    boxes = RoundedLater((np.array(x0s), np.array(x1s)))
    places = PagePlaces(boxes, np.array(bold, dtype=bool), np.array(italic, dtype=bool))
    lines, begin = [], 0
    for row, text in enumerate(texts):
        end = begin + len(text)
        bbox = (x0s[begin], 100.0 + 12 * row, x1s[end - 1], 110.0 + 12 * row)
        lines.append(
            RawLine(
                text=text,
                page=page,
                bbox=bbox,
                char_x0=x0s[begin:end],
                char_x1=x1s[begin:end],
                bold=bold[begin:end],
                italic=italic[begin:end],
                size=10.0,
                places=(places, begin),
            )
        )
        begin = end
    return lines


def test_assemble_takes_flags_and_boxes_from_the_pages_arrays_as_from_the_lists():
    """Lines holding their page's places (bold and italic flags, boxes) assemble to the body, styles and line map the
    same lines make from their own lists: hyphens joined and kept, a trailing space cut, a line without places between
    paged ones, bold and italic across a line's end."""
    import dataclasses

    texts = ["Harbour dredg-", "ing works in Quayside ", "start in May and run-", "Off wells."]
    bold = [True] * 10 + [False] * 4 + [False] * 9 + [True] * 13 + [False] * 21 + [True] * 10
    italic = [False] * 11 + [True] * 20 + [False] * 10 + [True] * 16 + [False] * 10
    first = _written_page(texts, bold, italic, 1)
    later = _written_page(["Second page heads on.", "Its last line."], [True] * 21 + [False] * 14, [False] * 35, 2)
    loose = RawLine(
        text="Between the pages.",
        page=1,
        bbox=(10, 200, 90, 210),
        char_x0=[10.0] * 18,
        char_x1=[14.5] * 18,
        bold=[True] * 18,
        italic=[False] * 18,
        size=10.0,
    )
    blocks = [Block(first[:2]), Block([first[2], loose, first[3]]), Block(later)]
    listed = [Block([dataclasses.replace(line, places=None) for line in block.lines]) for block in blocks]
    made, expected = assemble(blocks), assemble(listed)
    assert made == expected
    body, _, styles, text_lines = made
    assert "dredging" in body and "run-Between" in body and {span.style for span in styles} == {"bold", "italic"}
    assert len(text_lines) == 7


@pytest.mark.parametrize(
    "note",
    [
        # As a PDF wraps it: the introduction on its own line, the link cut into pieces.
        "To view a signed copy of the letter, visit:\n\n<https://example.gov/wp-content/uploads/2022/03/Letter-\n\n"
        "from-the-Office-to-the-Members-of-the-\n\nWorkforce_20220301.pdf>",
        "To view a signed copy of the letter, visit: <https://example.gov/letter.pdf>",
    ],
)
def test_a_name_alone_signs_before_a_note_with_a_link(note):
    text = (
        "THE WHITE HOUSE\n\nWASHINGTON\n\nMarch 1, 2022\n\nTo the Members of the Workforce:\n\n"
        "Thank you for your service and your sacrifices, and those of your families. I have never been more "
        "optimistic for the future of the country than I am today.\n\nJane Q. Example\n\n" + note
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert parts.signatory == "Jane Q. Example"
    assert "To view a signed copy" in " ".join(block.text for block in body_blocks)  # the note stays body


def test_a_press_release_dateline_gives_place_and_date():
    text = (
        "Press release\n\nFrom: A Government Office\nPublished: 15 April 2024\n\n"
        "LONDON, 15 April 2024 – One year on from the outbreak of fighting, the United Kingdom will provide more."
    )
    parts, _ = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("London", dt.date(2024, 4, 15))


def test_a_meeting_s_days_alone_give_the_place_and_the_last_day():
    text = (
        "EXAMPLE INVESTMENT BANK\nSummary of Decisions\nGothenburg, 4–5 March 2025\n\n"
        "The Board of the Bank approved two loans at its meeting.\n\nSecretary to the Board\nJane Roe"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Gothenburg", dt.date(2025, 3, 5))


def test_a_dateline_alone_dates_a_release_and_keeps_its_region_abbreviation():
    text = (
        "PRESS RELEASE NO. 23/151\n\nFOR IMMEDIATE RELEASE\n\n"
        "WASHINGTON, DC – May 17, 2023: The Executive Board of the Fund today approved an arrangement for Ghana."
    )
    parts, body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Washington, DC", dt.date(2023, 5, 17))
    assert any("WASHINGTON, DC" in line.text for block in body for line in block.lines)  # the dateline stays text


def test_a_fact_sheet_heading_is_no_place():
    text = (
        "Australian Government\nDepartment of Trade\nFACT SHEET\nBudget 2024-25\n14 May 2024\n\nKey points follow here."
    )
    parts, _ = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (None, dt.date(2024, 5, 14))


def test_a_letterhead_city_before_its_country_and_postal_code_is_the_place():
    text = "Minister of Development\nOttawa, Canada K1A 0G2\n\nNOV 14 2017\n\nDear Mr. Levitt:\n\nThank you."
    parts, _ = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Ottawa", dt.date(2017, 11, 14))


def test_a_footnote_under_the_signature_is_body_text_not_a_title():
    text = "Dear Mr. Levitt:\n\nWe give $75 million*.\n\nYours sincerely,\n\nJane Roe\n\n* Of which $30 million is for food."
    parts, body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Jane Roe", None)
    assert any("Of which $30 million" in line.text for block in body for line in block.lines)


@pytest.mark.parametrize(
    "opening, expected",
    [
        # The UN writes the dateline in brackets, after a headline without a full stop.
        ("(New York, 26 February 2024) – The Coordinator today allocated funds.", ("New York", dt.date(2024, 2, 26))),
        # A city in title case.
        ("Bern, 30 April 2025 – At its meeting today, the Council adopted it.", ("Bern", dt.date(2025, 4, 30))),
        # A sentence that opens with a date is no dateline.
        ("On Monday, 5 May 2025 – a week later – the Council adopted it.", (None, None)),
        # A bar after the city in capitals.
        ("NAIROBI | 3 March 2025 – The Fund today released its grant.", ("Nairobi", dt.date(2025, 3, 3))),
        # A release from two offices: the first city is its place.
        ("Rome/Bangkok, 9 June 2025 – The Programme today began its work.", ("Rome", dt.date(2025, 6, 9))),
        # A country of two words after the city is no region of it either.
        (
            "Honiara, Solomon Islands, 8 May 2025 – The Agency today opened its office.",
            ("Honiara", dt.date(2025, 5, 8)),
        ),
        # A country after the city is no region of it.
        ("KINGSTON, Jamaica, May 6, 2025 – The Board today approved a loan.", ("Kingston", dt.date(2025, 5, 6))),
        # The agency's acronym in brackets after the date, or after the city and before the date.
        ("Lusaka, 4 June 2025 (MoH) – The Ministry today received the grant.", ("Lusaka", dt.date(2025, 6, 4))),
        (
            "Vienna (IAEA) – 11 March 2025. The Agency today opened its new laboratory.",
            ("Vienna", dt.date(2025, 3, 11)),
        ),
        # A typewritten release sets its dash as two hyphens.
        ("Port Moresby, 30 August 1991 -- A rural clinic opened on Monday.", ("Port Moresby", dt.date(1991, 8, 30))),
        ("DAKAR, March 19, 1979 -- Donors meeting here agreed on a plan.", ("Dakar", dt.date(1979, 3, 19))),
    ],
)
def test_a_dateline_in_brackets_or_title_case(opening, expected):
    text = (
        "UNITED NATIONS\n\nPRESS RELEASE\n\nRelief chief releases $32 million from the emergency fund for the Sahel\n\n"
    )
    parts, body = split_letter(text_blocks(text + opening))
    assert (parts.place, parts.date) == expected
    assert any(opening[:20] in line.text for block in body for line in block.lines)  # the dateline stays text


@pytest.mark.parametrize(
    "letterhead, place",
    [
        # A US ZIP code after the city and its district: the city, as DIGEST.md's "THE WHITE HOUSE / WASHINGTON";
        # a role in capitals above it is no place.
        ("U.S. AGENCY FOR DEVELOPMENT\nTHE ADMINISTRATOR\nWashington, D.C. 20523", "Washington"),
        # A postal code before the city, as most of Europe writes it; a post box is no place.
        (
            "Ministry of Foreign Affairs\nRijnstraat 8, 2515 XP The Hague\n\nTo the President\nPostbus 20018",
            "The Hague",
        ),
        # A postal code in three and two digits, as Greece and Slovakia write it.
        ("MINISTRY OF THE INTERIOR\nHamanova 1, 811 02 Bratislava", "Bratislava"),
        # A country line under the address is the letterhead's country; a numbered city line its place.
        ("Office of the Minister\nParliament Buildings\nWellington 6160\nNew Zealand", "Wellington"),
        # An address on one line: the city ends it, before its postal district and code (an Eircode).
        ("Minister of State\nDepartment of Development\nIveagh House, 80 Main Street, Dublin 2, D02 VY53", "Dublin"),
        # A street address, the city and its district's abbreviation, a ZIP code.
        ("Office of the Chair\n1600 Example Avenue NW, Washington, DC 20500", "Washington"),
        # A US city with its state's code and ZIP code: the city alone.
        ("Example Trust\n210 Harbor Street\nPortland, OR 97204", "Portland"),
        # A parliament's numbered question or a budget speech's title is no place.
        ("PARLIAMENT OF EXAMPLESTAN\nPARLIAMENTARY QUESTION 10442", None),
        ("KINGDOM OF EXAMPLESTAN\n2031 BUDGET SPEECH", None),
        # A post office box and its city, as many ministries address themselves.
        ("MINISTRY OF HEALTH\nNdeke House, Haile Selassie Avenue\nP.O. Box 30016-00100, Lusaka", "Lusaka"),
        # A capital that is a subdivision of its own ends the address after its district: the city, not the district.
        ("AUDIT OFFICE\n7 Park Street, Vake District, Tbilisi 0179", "Tbilisi"),
        # A country with its region's dotted abbreviation closes the address, after the city.
        ("TREASURY\nGovernment Headquarters, Bay Street, Bridgetown, Barbados W.I.", "Bridgetown"),
        # A city's officers printed side by side under the city line; the city's state spelled out.
        (
            "CITY OF EXAMPLETON\nOFFICE OF THE MAYOR\nPORTLAND, MAINE 04101\n"
            "ANN B. LEE          OMAR T. SAID\nMAYOR          CITY MANAGER",
            "Portland",
        ),
        # A street named after a person by initials is an address, not a line of officers' names.
        ("MINISTRY OF WATER\nBlock 4, V. K. Menon Road, Chennai", "Chennai"),
        ("MINISTRY OF TRADE\n9 T. G. Masaryk Street, Bratislava", "Bratislava"),
        # A fact sheet's subject line under its title is no place.
        ("Development Cooperation Agency (DCA)\nFACT SHEET\nKorea–Africa Development Cooperation", None),
        # A treasury is a body, no city; a post office box then its city in capitals without a comma, after the
        # street its column runs into the same line.
        ("TREASURY DEPARTMENT\nMarket Square P.O. Box 218 KARIMBA", "Karimba"),
        # A quarter, its city and the country: the city.
        ("HIGHLANDS TRUST\nMiraflores, Lima, Peru", "Lima"),
        # A building's name, then its city; India's PIN code after a dash.
        ("MINISTRY OF STEEL\nUdyog Bhawan, New Delhi", "New Delhi"),
        ("PORTS DIRECTORATE\nPlanning Department, Nagpur - 440 001", "Nagpur"),
        # A city, its province and the country: the city.
        ("EXAMPLE COUNCIL\nVancouver, British Columbia, Canada", "Vancouver"),
        # A rotating chair's office in capitals under the address (the chair of a summit of states): no city.
        (
            "PRESIDENT'S OFFICE\n14 Harbour Lane, Port Verde 3, Fiji\nCHAIRPERSON\nSUMMIT OF ISLAND STATES",
            "Port Verde",
        ),
        ("MINISTRY OF TRADE\n22 Quay Road, Eastport\nCHAIRWOMAN\nCOUNCIL OF COASTAL ECONOMIES", "Eastport"),
    ],
)
def test_a_letterhead_address_gives_its_city(letterhead, place):
    parts, _ = split_letter(
        text_blocks(f"{letterhead}\n\nDate: 14 November 2024\n\nDear Madam President,\n\nWe write.")
    )
    assert parts.place == place


@pytest.mark.parametrize(
    "opening, place",
    [
        # Wire copy's dateline: the city in capitals and a dash, no date (the date line above gives it).
        ("WASHINGTON – The President's Budget for Fiscal Year 2024, released yesterday, requests funds.", "Washington"),
        ("ROME – The Fund's Executive Board today approved new loans for rural development in the Sahel.", "Rome"),
        # A country in capitals heads a section; it is no dateline.
        ("UKRAINE – The Department will provide further support to the energy grid this winter.", None),
        # A label in capitals is no city.
        ("NOTE – The figures below are estimates and may change before the end of the year.", None),
        # A city in capitals with an accent.
        ("BOGOTÁ – The Agency announced today a new programme of support for rural schools.", "Bogotá"),
        # A city in title case before a dash of print, as many agencies write it; a heading word is no city.
        ("Asunción – The Institute signed today three agreements on rural water supply.", "Asunción"),
        ("Context – The region has faced three years of drought and failed harvests.", None),
        ("Local partners - The group met twice in the spring to agree on the plan.", None),
    ],
)
def test_a_dateline_without_its_date_gives_the_place(opening, place):
    text = f"DEPARTMENT OF THE TREASURY\n\nPRESS RELEASE\n\nMarch 10, 2023\n\nFact sheet on programs\n\n{opening}"
    parts, body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (place, dt.date(2023, 3, 10))
    assert any(opening[:12] in line.text for block in body for line in block.lines)  # the dateline stays text


def test_a_title_set_above_the_signers_name_is_the_title():
    text = (
        "Dear Madam President,\n\nWe inform the House of our contributions.\n\nYours sincerely,\n\n"
        "The Minister for Foreign Trade and Development,\n\nHanneke van der Werf"
    )
    parts, _ = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == (
        "Hanneke van der Werf",
        "The Minister for Foreign Trade and Development",
    )


def test_an_addressee_block_above_the_salutation_keeps_a_line_each():
    letter = (
        "Ottawa, November 14, 2017\n\nMr. Michael Levitt, M.P.\nChair\nStanding Committee on Foreign Affairs\n"
        "House of Commons\n\nDear Mr. Levitt:\n\nThank you for your letter.\n\nSincerely,\n\nAnn Author"
    )
    _parts, body_blocks = split_letter(text_blocks(letter))
    assert [block.text for block in body_blocks] == [
        "Mr. Michael Levitt, M.P.",  # an abbreviation's full stop ends no sentence
        "Chair",
        "Standing Committee on Foreign Affairs",
        "House of Commons",
        "Thank you for your letter.",
    ]


@pytest.mark.parametrize(
    "subject, expected",
    [
        # A title and its sub-title over the salutation: two parts, not one run-on line.
        (
            "Transport Cooperation with Ruritania – Rural Roads and Bridges Programme, Phase II\nLoan and Grant Agreements",
            [
                "Transport Cooperation with Ruritania – Rural Roads and Bridges Programme, Phase II",
                "Loan and Grant Agreements",
            ],
        ),
        # A subject wrapped after a small word is one line.
        (
            "Request for support from the Government to the Rural Roads Programme of the Region and\nThe Bridges Fund",
            ["Request for support from the Government to the Rural Roads Programme of the Region and The Bridges Fund"],
        ),
    ],
)
def test_a_subject_s_title_and_sub_title_stay_apart(subject, expected):
    letter = f"Vienna, 3 March 2025\n\n{subject}\n\nDear Ms Berg,\n\nThank you for your letter.\n\nYours,\n\nAnn Author"
    _parts, body_blocks = split_letter(text_blocks(letter))
    assert [block.text for block in body_blocks] == [*expected, "Thank you for your letter."]


def test_a_title_over_the_dateline_is_text_not_letterhead():
    """A fact sheet's title or a press release's lede over its dateline is text the body keeps."""
    parts, body = _parts(
        "EXAMPLE DEVELOPMENT BANK\nFACT SHEET\nBank support to Haiti and Central America, 2025\n\n"
        "Washington, D.C., 22 May 2025\n\n" + BODY_TEXT
    )
    assert parts.letterhead == "EXAMPLE DEVELOPMENT BANK\nFACT SHEET"
    assert body[0] == "Bank support to Haiti and Central America, 2025"
    assert parts.heading == "Bank support to Haiti and Central America, 2025"
    assert str(parts.date) == "2025-05-22"


@pytest.mark.parametrize(
    "line",
    [
        "Ministry of Foreign Affairs and International Cooperation",
        "Presidenza del Consiglio dei Ministri",
        "Via Paolo di Dono, 44 - 00142 Rome, Italy",
        "Our ref: 22/04417-3",
        "Tel: +39 06 5459 1 - email: info@example.org",
    ],
)
def test_letterhead_lines_stay_letterhead(line):
    parts, _ = _parts(
        f"EXAMPLE BODY\n{line}\n\nSometown, 3 March 2025\n\nDear Colleague,\n\n{LONG_BODY}\n\nSincerely,\n\nJane Roe"
    )
    assert parts.letterhead == f"EXAMPLE BODY\n{line}"


def test_over_a_dateline_in_the_first_sentence_letterhead_and_title_as_over_a_date_line():
    parts, body = _parts(
        "EXAMPLE AGENCY FOR COOPERATION\n\nPRESS RELEASE\n\nThe Agency announces EUR 38.5 million for Lebanon\n\n"
        "Rome, 14 March 2024 – The Agency today announced a package of EUR 38.5 million for Lebanon, to be "
        "spent over the course of this year by its partners."
    )
    assert (parts.letterhead, parts.heading) == (
        "EXAMPLE AGENCY FOR COOPERATION\nPRESS RELEASE",
        "The Agency announces EUR 38.5 million for Lebanon",
    )
    assert (str(parts.date), parts.place) == ("2024-03-14", "Rome")
    assert body[0] == "The Agency announces EUR 38.5 million for Lebanon"


def test_the_letterhead_city_before_a_postal_code_and_a_country():
    parts, _ = _parts(
        "EXAMPLE AGENCY\nHeadquarters Amman, P.O. Box 140157, Amman 11814, Jordan\n\n28 September 2018\n\n"
        f"Dear Members,\n\n{LONG_BODY}\n\nSincerely,\n\nJane Roe"
    )
    assert parts.place == "Amman"


def test_a_section_heading_under_the_date_is_no_place():
    parts, _ = _parts("UNICEF Sudan\nFact Sheet\nSudan - situation as of 31 May 2024\nKEY FIGURES\n\n" + BODY_TEXT)
    assert (str(parts.date), parts.place) == ("2024-05-31", None)


@pytest.mark.parametrize("line", ["Distinguished Minister,", "Esteemed Colleagues,"])
def test_the_address_of_a_role_as_translated_letters_write_it(line):
    assert is_salutation(line)


def test_a_copy_list_names_one_recipient_a_line():
    """Indented "cc:" lines had been joined into one paragraph ("... Northland Harbour Authority of Portvale")."""
    text = (
        "Dear Director,\n\nWe confirm the grant for the harbour works.\n\nYours faithfully,\n\nOskar Brennholt\n\n"
        "cc: Treasury Department of Northland\n    Harbour Authority of Portvale\n"
        "    Office of the Auditor-General of Northland and\n    its regional branches"
    )
    _, body_blocks = split_letter(text_blocks(text))
    assert [block.text for block in body_blocks][-3:] == [
        "cc: Treasury Department of Northland",
        "Harbour Authority of Portvale",
        "Office of the Auditor-General of Northland and its regional branches",
    ]


def test_a_heading_in_capitals_over_text_is_a_paragraph_of_its_own():
    blocks = text_blocks("RESULTS\nThe harbour fund trained 4,200 dock workers in its first year.\n\nNext paragraph.")
    assert [block.text for block in blocks][:2] == [
        "RESULTS",
        "The harbour fund trained 4,200 dock workers in its first year.",
    ]
    # A letterhead's block in capitals over its address lines ends no sentence: it stays one block.
    head = text_blocks("REPUBLIC OF NORTHLAND\nMinistry of Harbours\n12 Quay Street, Portvale")
    assert len(head) == 1


def _build(tmp_path, text: str, producer: str):
    """A PDF of text made by one of the blind sets' builders (tests/letters/real/build.py)."""
    import importlib.util
    from pathlib import Path

    build = Path(__file__).resolve().parents[2] / "letters" / "real" / "build.py"
    spec = importlib.util.spec_from_file_location("real_letters_build", build)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    source = tmp_path / "letter.txt"
    source.write_text(text, encoding="utf-8")
    module.BUILDERS[producer](source, tmp_path / f"letter-{producer}.pdf")
    return tmp_path / f"letter-{producer}.pdf"


WRAPPED_LETTER = (
    "REPUBLIC OF NORTHLAND\n"
    "Office of the Secretary-General for Overseas Partnerships and Emergency Relief – Northland Relief\n\n"
    "9 May 2022\n\n"
    "Ms Edith Quarrington\n"
    "Chairwoman, Parliamentary Subcommittee on Intergovernmental Development Cooperation and Oversight\n"
    "National Assembly of Northland\n\n"
    "Dear Madam Chairwoman,\n\n"
    "We write to inform the Committee that the Office has approved a grant of EUR 3 million for school meals.\n\n"
    "Yours faithfully,\n\nOskar Brennholt\nSecretary-General\n"
)


def test_a_line_wrapped_at_the_margin_is_read_as_one_line(tmp_path):
    """A letterhead's and an addressee's long names wrap in the PDF: the wrapped end ("Northland Relief") had been
    taken for the letterhead's city, and the office's name cut in two paragraphs."""
    from extractor.reading.reader import read_letter

    letter = read_letter(_build(tmp_path, WRAPPED_LETTER, "reportlab"))
    assert letter.parts.place is None
    assert letter.parts.letterhead.splitlines()[-1].endswith("Emergency Relief – Northland Relief")
    office = "Chairwoman, Parliamentary Subcommittee on Intergovernmental Development Cooperation and Oversight"
    assert office in letter.body.split("\n\n")
    # Each printed line keeps its own box: the line map still points at two lines on the page.
    spans = [line for line in letter.lines if letter.body[line.start : line.end] in office]
    assert len({line.bbox.top for line in spans}) == 2


def test_a_long_line_short_of_the_margin_is_no_wrap(tmp_path):
    """A line that ends well short of the margin is a line of its own, however long the next line's first word;
    so is a line in capitals, which a letterhead stacks by hand."""
    from extractor.reading.reader import read_letter

    text = (
        "DEPARTMENT OF HARBOURS, CANALS AND INLAND WATERWAYS\nREPUBLIC OF NORTHLAND\n\n"
        "Portvale, 9 May 2022\n\nDear Colleague,\n\nThe grant was approved on the ninth of May.\n\n"
        "Yours faithfully,\n\nOskar Brennholt\n\ncc: Office of the Treasurer and the Accounts Department\n"
        "    Superintendency of Waterways\n"
    )
    letter = read_letter(_build(tmp_path, text, "reportlab"))
    assert letter.parts.letterhead.splitlines()[:2] == [
        "DEPARTMENT OF HARBOURS, CANALS AND INLAND WATERWAYS",
        "REPUBLIC OF NORTHLAND",
    ]
    assert letter.body.split("\n\n")[-1] == "Superintendency of Waterways"


def test_a_heading_in_capitals_in_the_same_font_opens_a_paragraph(tmp_path):
    """A heading set in the body's font and size ("RESULTS") had run into the paragraph under it."""
    from reportlab.pdfgen import canvas

    from extractor.reading.reader import read_letter

    path = tmp_path / "heading.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    lines = [
        "RESULTS",
        "The harbour fund trained 4,200 dock workers in its first year and opened",
        "two training centres in the northern ports.",
    ]
    for k, line in enumerate(lines):
        c.drawString(72, 760 - 14 * k, line)
    c.showPage()
    c.save()
    assert read_letter(path).body.split("\n\n")[:2] == ["RESULTS", " ".join(lines[1:])]


def test_a_list_items_wrapped_lines_hang_under_its_text(tmp_path):
    """A list sets an item's wrapped lines under its text, past the bullet: that indent had opened a paragraph
    of its own ("regions (EUR 4 million);" apart from its item)."""
    from extractor.reading.reader import read_letter

    items = [
        "- the drilling and solarisation of ninety water wells in the northern and eastern coastal regions (EUR 4 million);",
        "- vocational training centres for young people in the three largest harbour towns of Northland (EUR 2 million).",
    ]
    text = (
        "The package covers the following projects:\n\n" + "\n".join(items) + "\n\nThe first tranche follows in July.\n"
    )
    body = read_letter(_build(tmp_path, text, "reportlab")).body
    assert [item[2:] for item in items] == [p[2:] for p in body.split("\n\n")[1:3]], body


def test_a_name_wrapped_at_a_page_foot_goes_on_atop_the_next_page(tmp_path):
    """A copy list's line wrapped at the foot of a page, its last words alone atop the next ("... Ministry of
    Harbours of the" / "Northland Republic"), is one line (each line of the list is its own)."""
    from reportlab.pdfgen import canvas

    from extractor.reading.reader import read_letter

    path = tmp_path / "carried.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    line = "Office of the Treasurer and the Department of Inland Quays, Ministry of Harbours of the"
    sentence = "The works on the northern quays will start in the spring, as agreed at our meeting."
    for k in range(49):
        c.drawString(72, 780 - 14 * k, sentence if k < 47 else ("Yours faithfully," if k == 47 else "Oskar Brennholt"))
    c.drawString(72, 780 - 14 * 49, "cc: Harbour Authority of Portvale")
    c.drawString(72, 780 - 14 * 50, line)
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 780, "Northland Republic")
    c.showPage()
    c.save()
    width = c.stringWidth(line + " Northland", "Helvetica", 11)
    assert 72 + width > max(72 + c.stringWidth(sentence, "Helvetica", 11), 500)  # the next word would not fit
    assert read_letter(path).body.split("\n\n")[-2:] == [
        "cc: Harbour Authority of Portvale",
        line + " Northland Republic",
    ]


def test_a_signature_description_going_on_in_lower_case_is_no_signatory():
    """A description of the signature printed over two lines: the lower-case rest of its sentence is no name."""
    parts, body = _parts(
        BODY + "Kind regards,\n\nA handwritten signature in dark ink, two tall loops joined by a wavy\n"
        "line running to the right.\n\nAnna First\nDirector"
    )
    assert (parts.signatory, parts.signatory_title, parts.has_signature_image) == ("Anna First", "Director", True)
    assert body == [BODY_TEXT]


def test_a_title_in_capitals_wrapped_after_a_dash_is_one_line(tmp_path):
    """A browser breaks a title in capitals after a range's dash ("... SUMMARY, MARCH–" / "JUNE 2027"): the cut-off
    end had been read as the letter's date and the dateline under it as text; a stacked letterhead stays apart."""
    from reportlab.pdfgen import canvas

    from extractor.reading.options import ENGINES, ReadOptions
    from extractor.reading.reader import read_letter

    path = tmp_path / "title.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    title = "NORTHLAND HARBOUR FUND — QUARTERLY SUMMARY OF GRANTS AND LOANS, MARCH–"
    head = ["DEPARTMENT OF HARBOURS, CANALS AND INLAND WATERWAYS AND COASTAL WORKS", "REPUBLIC OF NORTHLAND"]
    lines = [*head, "", title, "JUNE 2027", "", "Portvale, July 2027", ""]
    words = "The fund approved grants to the harbour towns and the fishing cooperatives of the coast".split()
    text = " ".join(words * 8)
    while text:  # a paragraph filled to the margin, so that the page has a right margin
        cut = len(text)
        while c.stringWidth(text[:cut], "Helvetica", 11) > 451:
            cut = text.rfind(" ", 0, cut)
        lines.append(text[:cut])
        text = text[cut + 1 :]
    y = 780
    for line in lines:
        y -= 22 if not line else 0
        if line:
            c.drawString(72, y, line)
            y -= 14
    c.showPage()
    c.save()
    assert c.stringWidth(title, "Helvetica", 11) > 440
    for engine in ENGINES:
        parts = read_letter(path, options=ReadOptions(engine=engine)).parts
        assert (parts.place, parts.month) == ("Portvale", "2027-07"), engine
        assert parts.letterhead.splitlines()[:2] == head, engine


def test_a_copy_list_under_copy_to_alone_names_one_recipient_a_line(tmp_path):
    """A "Copy to:" line alone over its list, in a letter signed without a closing: its colon had ended a paragraph,
    so the list's lines ran into one ("The Registrar of the Harbour Court The Treasurer, ...")."""
    from extractor.reading.options import ENGINES, ReadOptions
    from extractor.reading.reader import read_letter

    recipients = ["The Registrar of the Harbour Court", "The Treasurer, Department of Inland Waterways"]
    text = (
        "Dear Colleague,\n\nThe harbour fund approved the dredging of the northern channel on the ninth of May.\n\n"
        "OSKAR BRENNHOLT\nSECRETARY FOR HARBOURS\n\nCopy to:\n" + "\n".join(recipients) + "\n"
    )
    path = _build(tmp_path, text, "reportlab")
    for engine in ENGINES:
        body = read_letter(path, options=ReadOptions(engine=engine)).body
        assert body.split("\n\n")[-2:] == recipients, engine


def test_an_unclosed_signer_named_in_brackets_over_a_date_at_the_foot():
    text = (
        "Hon'ble Madam Chair,\n\nThe Ministry has released the second instalment of the flood relief to the "
        "districts of the delta, as the Committee asked at its last sitting.\n\n"
        "(Kamala Devi Rana)\nSecretary\nMinistry of Water Resources\n\nKathmandu, 3 March 2027"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.salutation, parts.signatory, parts.signatory_title) == (
        "Hon'ble Madam Chair",
        "Kamala Devi Rana",
        "Secretary",
    )
    assert (parts.place, parts.date) == ("Kathmandu", dt.date(2027, 3, 3))


def test_an_unclosed_signer_whose_title_ends_in_a_bracketed_qualifier():
    text = (
        "COUNCIL OF THE REGIONAL FUND\n\n4 April 2027\n\nThe Council approved the seed reserve for the "
        "coming season and asked the Secretariat to report on it in June.\n\nCertified correct:\n\n"
        "Dr. Amara Okonjo-Bello\nDeputy Director (a.i.)\nFund Secretariat, Lusaka"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Amara Okonjo-Bello", "Deputy Director (a.i.)")


def test_a_second_calendars_date_line_names_the_place():
    text = (
        "REGIONAL RELIEF SECRETARIAT\n\nMuscat, 3 Ramadan 1448 H\n12 February 2027\n\nExcellency,\n\n"
        "The Secretariat asks the Fund to consider the request.\n\nYours sincerely,\n\nSalim Al-Harthy"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Muscat", dt.date(2027, 2, 12))


def test_a_letterhead_address_ending_in_a_postal_district_names_the_city():
    text = (
        "MINISTRY OF PORTS\n21, Harbour Road, Galle 03\n\n5 May 2027\n\nDear Director,\n\n"
        "The Ministry confirms the dredging grant.\n\nYours sincerely,\n\nNimal Perera"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.place == "Galle"


def _printed(text: str, gaps: dict[int, float] | None = None) -> RawLine:
    """A printed line: each char 5 points wide, a space at an index of ``gaps`` that many points wide."""
    x, x0s, x1s = 72.0, [], []
    for i, ch in enumerate(text):
        width = (gaps or {}).get(i, 5.0) if ch == " " else 5.0
        x0s.append(x)
        x1s.append(x + width)
        x += width
    return RawLine(text=text, bbox=(72.0, 0.0, x, 10.0), char_x0=x0s, char_x1=x1s)


def test_two_signers_printed_side_by_side_with_only_a_wide_space_sign_first_the_left_one():
    names = "Aino Virtanen Pedro Alves Lima"
    blocks = [
        Block([_printed("Dear Director,")]),
        Block([_printed("The two offices ask the Fund to extend the grant for the clinics of the valley.")]),
        Block([_printed("With kind regards,")]),
        Block([_printed(names, {names.index(" Pedro"): 30.0})]),
        Block([_printed("Country Director")]),
    ]
    parts, body = split_letter(blocks)
    assert (parts.signatory, parts.signatory_title) == ("Aino Virtanen", "Country Director")
    # A name line with spaces of one width is one signer's.
    blocks[3] = Block([_printed("Aino Maria Virtanen")])
    assert split_letter(blocks)[0].signatory == "Aino Maria Virtanen"


def test_an_instruments_signing_formula_dates_it_and_stays_in_the_text():
    text = (
        "AGREEMENT ON THE SHARED FERRY SERVICE\n\nThe Parties shall run the ferry between the two ports and share "
        "its costs in equal parts for three years.\n\nDone in duplicate at Bissau, on this 14th day of March 2028, "
        "both texts being equally authentic.\n\nFor the first Party\n\n(signed)\n\nMaria Gomes\nMinister of Transport"
    )
    parts, body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Bissau", dt.date(2028, 3, 14))
    assert any("Done in duplicate at Bissau" in line.text for block in body for line in block.lines)


@pytest.mark.parametrize("connector", [", corresponding to ", " / "])
def test_a_signing_formula_dated_in_a_second_calendar_first_takes_the_gregorian_date(connector):
    text = (
        "RESOLUTION 4/2030\n\nThe Board adopts the new tariff for the fishing port and its cold store.\n\n"
        f"Signed at Rabat on 12 Rajab 1452 H{connector}18 November 2030.\n\nKarim Bennani\nChairman of the Board"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Rabat", dt.date(2030, 11, 18))


def test_a_report_for_the_year_ended_is_dated_and_signed_at_its_foot():
    text = (
        "REPORT OF THE CONTROLLER\n\nON THE ACCOUNTS OF THE PORT AUTHORITY\n\nFOR THE YEAR ENDED 30 JUNE 2030\n\n"
        "The Authority kept its books in order and spent its grant on the quay as the budget allowed.\n\n"
        "The audit found that the new cranes were bought by open tender, that the contract for the dredging was "
        "signed late and that the payments to the contractor were made on time. The Authority should keep a "
        "register of its assets and report on the state of the quay walls every year.\n\n"
        "LILONGWE, 2 February 2031\n\nGRACE T. BANDA\nCHIEF AUDITOR"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Lilongwe", dt.date(2031, 2, 2))
    assert (parts.signatory, parts.signatory_title) == ("Grace T. Banda", "CHIEF AUDITOR")


def test_a_gregorian_date_in_brackets_after_another_calendars_dates_the_notice():
    place, date, _text = parse_date_line("Published on: 2084/01/15 (29 April 2027)")
    assert (place, date) == (None, dt.date(2027, 4, 29))


def test_signers_one_under_the_other_over_a_footnote_sign_first_the_upper_one():
    text = (
        "JOINT STATEMENT\n\n1. The two ministers agreed to share the data of the river's gauges every week and "
        "to meet again in the dry season.\n\n"
        "Amara Diallo\nMinister of Water\nof the Republic of Guinea\nIbrahim Keita\nMinister of Environment\n\n"
        "* The names of places follow the usage of the United Nations."
    )
    parts, body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Amara Diallo", "Minister of Water")
    assert any(line.text.startswith("* The names") for block in body for line in block.lines)


def test_an_office_alone_over_the_signature_mark_is_the_title_of_the_name_under_it():
    text = (
        "Sir,\n\nThe Ministry asks the Fund to finance the new patrol boats for the northern coast this year.\n\n"
        "Please accept, Sir, the assurances of my high consideration.\n\nBy delegation,\nThe Director General\n\n"
        "[signed and stamped]\n\nOusmane Ba"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Ousmane Ba", "The Director General")


def test_a_letterhead_office_its_quarter_and_its_city_name_the_city():
    text = (
        "Ministry of Works\nBridges Unit, Kanyama, Lusaka\n\n6 June 2027\n\nDear Director,\n\n"
        "The Unit confirms the award of the bridge contract.\n\nYours sincerely,\n\nMwila Phiri"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.place == "Lusaka"


def test_an_issuing_department_under_a_press_release_is_no_signatory():
    text = (
        "MINISTRY OF TRANSPORT\n\nPress release\n\nTirana, 3 May 2027\n\nThe Ministry has opened the tender "
        "for the coastal road and will award the contract before the end of the summer.\n\nPublic Relations Department"
    )
    parts, body = split_letter(text_blocks(text))
    assert parts.signatory is None
    assert any("Relations Department" in line.text for block in body for line in block.lines)


def test_a_signer_named_in_brackets_over_the_addressee_block_at_the_foot():
    text = (
        "Dear Shri Rao,\n\nThe State requests the release of the second tranche of the drought relief grant "
        "before the end of the quarter.\n\n(Meera Pillai)\n\nShri K. Rao\nJoint Secretary\nMinistry of "
        "Agriculture\nKrishi Bhawan\nNew Delhi"
    )
    parts, body = split_letter(text_blocks(text))
    assert parts.signatory == "Meera Pillai"
    assert any("Krishi Bhawan" in line.text for block in body for line in block.lines)


GRANT_TEXT = "The Agency confirms that the grant for the flood works was approved by its board this month.\n\n"


def test_a_reply_takes_its_parts_above_the_message_it_quotes():
    text = (
        "From: Ana Lopez <ana@example.org>\nSent: Tuesday, 4 June 2030 9:10 a.m.\nTo: Ben Okoro\n"
        "Subject: RE: grant\n\nHi Ben,\n\n" + GRANT_TEXT * 2 + "Best wishes,\nAna\n\nAna Lopez\nBudget Officer\n\n"
        "-----Original Message-----\nFrom: Ben Okoro\nSent: Monday, 3 June 2030 5:00 p.m.\nTo: Ana Lopez\n\n"
        "Dear Ana,\n\n" + GRANT_TEXT + "Regards,\nBen Okoro\nProgramme Manager"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    # The sign-off's first name over the full name: the full name signs.
    assert (parts.date, parts.salutation, parts.signatory) == (dt.date(2030, 6, 4), "Hi Ben", "Ana Lopez")
    # The quoted message stays in the text.
    assert "Dear Ana," in [line.text.strip() for block in body_blocks for line in block.lines]


@pytest.mark.parametrize("heading", ["ANNEX 1", "Appendix C (copy for information)", "Enclosure"])
def test_a_covering_letter_keeps_its_parts_above_the_letter_it_encloses(heading):
    text = (
        "Office of the Harbour Board\n\nOslo, 2 March 2031\n\nDear Director,\n\n"
        + GRANT_TEXT * 2
        + "With kind regards,\n\nLena Dahl\nHarbour Master\n\n"
        + heading
        + "\n\nMINISTRY OF FISHERIES\n\n28 February 2031\n\nDear Director,\n\n"
        + GRANT_TEXT * 3
        + "Yours faithfully,\n\nPer Holm\nMinister of Fisheries"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.date, parts.signatory) == (dt.date(2031, 3, 2), "Lena Dahl")
    # The enclosed letter stays in the text.
    assert "Per Holm" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_an_annex_that_greets_no_one_leaves_the_signature_at_the_foot():
    # A table under "Annex" is no letter: the close and signer above it are found as before.
    text = "Dear Director,\n\n" + GRANT_TEXT * 2 + "Yours sincerely,\n\nLena Dahl\n\nAnnex\n\nPort | Sum\nBodo | 40\n"
    parts, _body = split_letter(text_blocks(text))
    assert parts.signatory == "Lena Dahl"


def test_a_note_dated_at_its_foot_above_its_seal_and_addressee():
    text = (
        "EMBASSY OF NORDLAND\n\nNOTE VERBALE\n\n" + GRANT_TEXT * 2 + "Lusaka, 9 May 2031\n\n"
        "[Seal of the Embassy:\n EMBASSY OF NORDLAND]\n(initialled)\n\nTo the\nMinistry of Foreign Affairs\nLusaka"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Lusaka", dt.date(2031, 5, 9), None)


def test_a_note_dated_at_its_foot_opens_with_its_letterhead_in_its_own_language():
    # No date line under it, a reference number between it and the text: the short lines of the first paragraph
    # are the letterhead all the same.
    head = "REPÚBLICA DE CABO VERDE\nMINISTÉRIO DA AGRICULTURA E AMBIENTE\n(Farm Ministry)\n\n"
    note = (
        "The Farm Ministry writes to every embassy in the capital to tell them that the Government"
        " has set up a fund for the families the drought has struck in the south of the country.\n\n"
    )
    text = head + "No. 12/DGC/2031\n\nNOTE VERBALE\n\n" + note * 2 + "Praia, 9 May 2031"
    parts, body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Praia", dt.date(2031, 5, 9))
    assert (parts.letterhead or "").startswith(head.strip())
    assert "CABO VERDE" not in " ".join(line.text for block in body for line in block.lines)


def test_a_record_dated_by_its_meeting_days_takes_the_place_of_its_foot():
    text = (
        "SUMMARY RECORD\n\nheld in Tarrow on 11 and 12 May 2031\n\n" + GRANT_TEXT * 3 + "Tarrow, 12 May 2031\n\n"
        "For the Government of Nordland\n(signed)\nEva Lindqvist"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Tarrow", dt.date(2031, 5, 12))


def test_a_cable_is_dated_by_its_date_time_group_and_signed_by_a_surname():
    text = (
        "UNCLASSIFIED\n\nP 140915Z JUN 98\nFM AMEMBASSY PORT LOUIS\nTO SECSTATE WASHDC 1234\n\n"
        "SUBJECT: CYCLONE RELIEF\n\n1. (U) " + GRANT_TEXT.upper() * 2 + "OKAFOR\n\nUNCLASSIFIED"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Port Louis", dt.date(1998, 6, 14), "Okafor")


def test_a_reference_to_a_dated_document_does_not_date_the_letter():
    text = "REGIONAL GOVERNMENT\n\nREF.: Note No. 12 of the Ministry, dated 03.02.2031.\n\nTARROW, 9 MAR. 2031\n\n"
    parts, body_blocks = split_letter(text_blocks(text + GRANT_TEXT))
    assert (parts.place, parts.date) == ("Tarrow", dt.date(2031, 3, 9))
    # The reference stays in the text, with the date it names.
    assert "REF.: Note No. 12 of the Ministry, dated 03.02.2031." in [b.text.strip() for b in body_blocks]


@pytest.mark.parametrize(
    ("head", "place"),
    [
        # a city before its prefecture and a Japanese postal code
        ("TARROW CITY\nOffice of the Mayor\n12 Kita, Tarrow, Okayama 700-1234, Japan", "Tarrow"),
        # a street's number and name, then the city; a postal code and region, then the country
        ("NORDLAND BANK\n8 Harbour Avenue, Port Tarrow\n1234 Metro Tarrow, Philippines", "Port Tarrow"),
        # a bilingual letterhead side by side: the first column
        ("CLASSIFIED\nForeign Affairs, Trade and | Affaires étrangères, Commerce", None),
        # an office under a name is no place
        ("Government News\nThe Honourable Ann Author\nPremier of Nordland", None),
        # a bilingual letterhead's second line, the body's name in the other language, is no place
        ("Parlamento Regional de Tarrow\nTarrow Regional Parliament", None),
        ("Biblioteca Municipal de Tarrow\nTarrow Town Library", None),
    ],
)
def test_the_letterheads_city(head, place):
    text = f"{head}\n\n3 May 2030 (Reiwa 12)\n\nDear Director,\n\n{GRANT_TEXT}Yours,\n\nAnn Author"
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (place, dt.date(2030, 5, 3))


def test_a_document_dated_at_its_foot_takes_its_letterheads_city():
    text = (
        "Republic of Nordland\nCity of Tarrow\n\n"
        + GRANT_TEXT * 2
        + "APPROVED: May 3, 2030\n\n(Sgd.) Ann Author\nMayor"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("City of Tarrow", dt.date(2030, 5, 3))


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        (
            "ORDER AND LAW. NO RETREAT.\nTHE GOVERNOR OF THE STATE\n\n[signature]\n\nLIC. JUAN PEREZ LUNA",
            "Juan Perez Luna",
        ),
        ("[seal]\n\n山田 花子\nHanako Yamada\nMayor of Tarrow", "Hanako Yamada"),
        ("/s/ | /s/\nAnn Author | Ben Okoro\nSenator | Senator", "Ann Author"),
        # a name with its degrees is no motto
        ("[signed and stamped]\n\nDr. Ir. Budi Santoso, M.Sc.\nDeputy Minister", "Budi Santoso"),
    ],
)
def test_the_signer_under_a_motto_a_seal_or_marks(signature, name):
    text = f"Tarrow, 3 May 2030\n\nDear Director,\n\n{GRANT_TEXT}Yours sincerely,\n{signature}"
    assert split_letter(text_blocks(text))[0].signatory == name


def test_a_wrapped_line_is_neither_a_date_line_nor_a_letterhead_city():
    text = (
        "REGIONAL GOVERNMENT\nMEMORANDUM FOR: The Minister of Trade and La\nFrancophonie\n"
        "SUBJ.: Reports the funds spent by the\nRegional Government as at 31.12.2030.\n\n"
        "9 March 2031\n\n" + GRANT_TEXT
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (None, dt.date(2031, 3, 9))


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # a reference field on the left of the date line, set off by a wide space or only by its code
        ("Our ref.: 31/208-4                    Tarrow, 2 May 2031", "Tarrow"),
        ("Our ref.: 31/208-4 Tarrow, 2 May 2031", "Tarrow"),
        ("N° 0417/CAB/31 Port Tarrow, le 2 mai 2031", "Port Tarrow"),
        # a reference alone before the date names no place
        ("Ref: ABC/31/117                    2 May 2031", None),
        # a place set apart from the date by a wide space stays the place
        ("Tarrow                    2 May 2031", "Tarrow"),
    ],
)
def test_a_reference_on_the_date_line_is_no_place(line, place):
    assert parse_date_line(line) == (place, dt.date(2031, 5, 2), parse_date_line(line)[2])


@pytest.mark.parametrize(
    ("head", "place"),
    [
        # a department's name wrapped onto a second line, over its post office box
        ("REPUBLIC OF NORDLAND\nDEPARTMENT OF TRADE\nAND INDUSTRY\nP.O. Box 41, PORT TARROW, Malawi", "Port Tarrow"),
        # the kind of the document under the address is no city
        ("TRADE DEVELOPMENT OFFICE\nHarbour House, Quay Street, London SE1 9AB\n\nMEMORANDUM", "London"),
    ],
)
def test_a_wrapped_name_or_a_documents_kind_is_no_letterhead_city(head, place):
    text = f"{head}\n\n3 May 2030\n\nDear Director,\n\n{GRANT_TEXT}Yours sincerely,\n\nAnn Author"
    assert split_letter(text_blocks(text))[0].place == place


def test_an_addressee_line_that_reads_as_a_salutation_gives_way_to_the_greeting():
    text = (
        "Tarrow, le 3 mai 2030\n\nMonsieur le Président du Comité\nDirection du Budget\nPORT TARROW\n\n"
        "Subject: the second tranche of the grant\n\nMr. Chairman,\n\n" + GRANT_TEXT + "Yours faithfully,\n\nAnn Author"
    )
    assert split_letter(text_blocks(text))[0].salutation == "Mr. Chairman"


def test_a_salutation_without_its_comma_over_the_text_stays_the_salutation():
    text = "3 May 2030\n\nDear Director\n\n" + GRANT_TEXT + "Dear colleagues, the board agreed.\n\nYours,\n\nAnn Author"
    assert split_letter(text_blocks(text))[0].salutation == "Dear Director"


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("(sé) OKOKO MBALA Jean-Paul\nMinistre des Finances", "Okoko Mbala Jean-Paul"),
        ("(Sgd.) Amadou DIALLO\nMinister", "Amadou Diallo"),
        ("Fdo.: Juana Pérez Luna\nMinistra", "Juana Pérez Luna"),
        ("gez. Hans Becker\nStaatssekretär", "Hans Becker"),
    ],
)
def test_a_signature_mark_of_another_language_and_a_surname_in_capitals(signature, name):
    text = f"Tarrow, 3 May 2030\n\nDear Director,\n\n{GRANT_TEXT}Yours sincerely,\n\n{signature}"
    assert split_letter(text_blocks(text))[0].signatory == name


def test_a_circulated_letter_is_dated_by_its_title_and_signed_above_its_annex():
    text = (
        "United Nations S/2031/88\n\nSecurity Council Distr.: General\n14 May 2031\n\n"
        "Letter dated 9 May 2031 from the Permanent Representative of Nordland to the\n"
        "United Nations addressed to the President of the Security Council\n\n"
        + GRANT_TEXT * 2
        + "(Signed) Ann Author\nPermanent Representative\n\n31-01234 (E)\n\nAnnex\n\n"
        + GRANT_TEXT * 3
    )
    parts, body = split_letter(text_blocks(text))
    assert (parts.date, parts.signatory, parts.signatory_title) == (
        dt.date(2031, 5, 9),
        "Ann Author",
        "Permanent Representative",
    )
    assert "Annex" in [block.text for block in body]


def test_a_typed_name_under_a_compound_first_names_initials_is_the_fuller_signatory():
    text = (
        f"Tarrow, 3 May 2030\n\nMonsieur le Ministre,\n\n{GRANT_TEXT}Please accept, Monsieur le Ministre, the "
        "assurance of my high consideration.\n\n(Sgd.) J.-P. ROUSSEL\n\nJean-Paul Roussel\nChef de la Mission"
    )
    parts = split_letter(text_blocks(text))[0]
    assert (parts.signatory, parts.signatory_title) == ("Jean-Paul Roussel", "Chef de la Mission")


def test_a_long_office_over_a_marked_signature_and_its_name():
    text = (
        "MINISTRY OF EXAMPLES\n\nSometown, 4 May 2027\n\nDear Colleagues,\n\n"
        "We report the year's results and ask for your continued support of the work.\n\n"
        "Yours sincerely,\n\n"
        "Deputy Minister of Energy, Industry and Trade of Examplia\n"
        "[signature]            Olha PETRENKO-VASYLIUK\n\ncc: Office of the Prime Minister"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.signatory == "Olha Petrenko-Vasyliuk"
    assert parts.signatory_title == "Deputy Minister of Energy, Industry and Trade of Examplia"


def test_the_letterhead_body_over_the_signer_is_no_signatory():
    text = (
        "Republic of Examplia\nNational Office for Statistics NOS\nPlanning Division\n\nSometown, 4 May 2027\n\n"
        "Dear Ms Roe,\n\nWe send the survey's results and thank you for the help of your staff.\n\n"
        "Kind regards,\n\nNational Office for Statistics NOS\n\nDr. Lena Vossberg-Hahn\nHead of Division"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Lena Vossberg-Hahn", "Head of Division")


def test_a_formal_close_the_margin_broke_over_two_lines():
    lines = [
        "Dear Mr. Roe,",
        "We thank you for your cooperation over the year and look forward to the next meeting of the board.",
        "Please accept, Mr. Roe, the assurances of my highest",
        "consideration.",
        "Jana Novak",
        "Director",
    ]
    blocks = [Block([RawLine(lines[0])]), Block([RawLine(lines[1])]), Block([RawLine(lines[2]), RawLine(lines[3])])]
    blocks.append(Block([RawLine(lines[4]), RawLine(lines[5])]))
    parts, body = split_letter(blocks)
    assert parts.closing == "Please accept, Mr. Roe, the assurances of my highest consideration."
    assert (parts.signatory, parts.signatory_title) == ("Jana Novak", "Director")
    assert [block.text for block in body] == [lines[1]]


def test_a_subject_under_the_addressee_in_one_block_is_a_part_of_its_own():
    text = (
        "Sometown, 4 May 2027\n\nTo the Members of the Board\nof the Example Fund for Clean Water\n"
        "Subject: Results of the year\nDear Members of the Board,\n\nThe Fund approved ten projects.\n\n"
        "Yours sincerely,\n\nJana Novak"
    )
    _parts, body = split_letter(text_blocks(text))
    texts = [block.text for block in body]
    assert "Subject: Results of the year" in texts
    assert not any("Water Subject" in text for text in texts)


def test_a_seal_beside_the_signature_mark_is_no_name():
    text = (
        "Kigali, 2 June 2031\n\nDear Ms Ferreira,\n\nThe grant has been paid in full.\n\nWith best regards,\n\n"
        "(signed)   (official stamp)\nRosa M. Quintero\nDirector-General"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Rosa M. Quintero"


def test_a_memorandum_heading_is_no_quoted_message_and_its_copy_list_no_signer():
    text = (
        "WATER BOARD OF THE NORTHERN REGION\nPrivate Bag 7, Lindale\n\nINTERNAL MEMORANDUM\n\n"
        "TO:       Head of Procurement, Ministry of Energy\n"
        "FROM:     Regional Water Engineer\n"
        "DATE:     17 Rajab 1453 AH, corresponding to 26 October 2031\n"
        "SUBJECT:  Pump stations\n\n"
        + "All four pump stations now run on solar power and their meters are read each week.\n"
        * 3
        + "\nRespectfully,\n\n(unsigned draft - signed copy held by the registry)\n\n"
        "cc: The Permanent Secretary for Energy\n    The Auditor-General"
    )
    parts = split_letter(text_blocks(text))[0]
    assert (parts.date, parts.signatory) == (dt.date(2031, 10, 26), None)
    # Its parties' fields are text (the bodies they name are found), not letterhead.
    assert "TO:" not in (parts.letterhead or "") and "Head of Procurement" in (parts.heading or "")


@pytest.mark.parametrize(
    ("sender", "signatory"),
    [
        ("FROM: Head of Staffing, Priya Raman /s/", "Priya Raman"),
        ("FROM: Head of Staffing, PRIYA RAMAN (signed)", "Priya Raman"),
        # Any of the marks that stand for a signature, as a South Asian or a French office writes them.
        ("FROM: Head of Staffing, Priya Raman Sd/-", "Priya Raman"),
        ("FROM: Head of Staffing, Priya Raman (signé)", "Priya Raman"),
        # A field without the sender's mark is signed by no one.
        ("FROM: Head of Staffing, Priya Raman", None),
    ],
)
def test_a_memorandum_signed_in_its_from_field(sender, signatory):
    text = (
        "Internal memo\n\n"
        f"TO: All section heads\n{sender}\nDATE: 9 June 2031\nRE: Summer leave rota\n\n"
        + "Kindly list each team's leave dates before Friday, so every desk keeps staff on duty.\n"
        * 3
    )
    assert split_letter(text_blocks(text))[0].signatory == signatory


def test_rows_of_signers_side_by_side_the_first_signs_and_a_blank_place_signs_nothing():
    text = (
        "MINUTES OF THE JOINT COMMITTEE\nCotonou, 9 March 2031\n\n"
        + "Both sides will fund the bridge survey together, each paying one half in each of three years.\n\n" * 4
        + "Signed in Cotonou on 9 March 2031.\n\n"
        + "".join(
            f"{left:<44}{right}\n"
            for left, right in (
                ("On behalf of the Republic of Norland", "On behalf of the Republic of Sudria"),
                ("(signed)", "(signed)"),
                ("Omar Nyland", "Pia Sudmark"),
                ("Minister of Transport", "Minister of Finance"),
                ("On behalf of the Republic of Westor", "On behalf of the Republic of Ostmar"),
                ("(signed)", "(signed)"),
            )
        )
        + "Quinn Westby Rita Ostrem\nMinister of Energy Minister of Planning\n"
        "On behalf of the Republic of Valdia\n(unsigned: the minister sends her signature later)\nSven Valdsen\n"
        "Deputy Minister of Transport"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Omar Nyland"


def test_minutes_dated_with_hour_and_room_after_the_date():
    """A meeting record's heading line gives the hour and the room after its date: the date line ends at the hour."""
    assert parse_date_line("Lusaka, Monday 4 May 2021, 10:00 a.m., Conference Room B, Ministry of Health") == (
        "Lusaka",
        dt.date(2021, 5, 4),
        "4 May 2021",
    )
    assert parse_date_line("Lusaka, 4 May 2021. 10:00, the minister opened the session") is None


def test_minutes_heading_lines_are_text_not_letterhead():
    """The bodies over a minutes' title line title the record: they stay in its text."""
    text = (
        "MINISTRY OF WATER AND SANITATION\nSECTOR PARTNERS GROUP ON WATER\n\nMINUTES No. 3 - REGULAR MEETING\n\n"
        "Lusaka, 4 May 2021, 10:00 a.m., Conference Room B\n\n"
        "The group reviewed the sector budget for the year and agreed on the next steps for the joint review.\n"
    )
    parts, body = _parts(text)
    assert parts.date == dt.date(2021, 5, 4) and parts.place == "Lusaka"
    assert parts.letterhead is None
    assert "MINISTRY OF WATER AND SANITATION" in (parts.heading or "")


@pytest.mark.parametrize(
    "address",
    [
        "Lake View Plaza (4th floor), 12 Kamal Road, Kathmandu-44600, Nepal",
        "Lake View Plaza (4th floor), 12 Kamal Road, Kathmandu 44600, Nepal",
    ],
)
def test_letterhead_city_joined_to_its_postal_number(address):
    """An address line with a lower-case word ends in its city and postal number: the letterhead's place."""
    text = (
        f"NATIONAL WATER AGENCY\nField Office\n{address}\n\nRef: NWA/2021-17\n12 March 2021\n\n"
        "Dear Ms. Rai,\n\nWe write to you about the pumping stations, which the agency will repair this year.\n\n"
        "Sincerely,\n\nAsha Gurung\n"
    )
    parts, _body = _parts(text)
    assert parts.place == "Kathmandu"


def test_an_indian_sd_mark_stands_for_the_signature_and_the_bracketed_name_signs():
    text = (
        "Dear Madam,\n\nPlease find the audit of the school kitchens attached; we ask that it be tabled.\n\n"
        "Yours sincerely,\n\nSd/-\n(Meera Lakshmi Nair)\nDeputy Secretary (Schools)"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.signatory == "Meera Lakshmi Nair"


def test_an_office_wrapped_over_two_lines_above_the_seal_and_the_name_is_the_title():
    text = (
        "Dear Director,\n\nOur staff would like to visit the two training farms in the spring.\n\n"
        "With my best regards,\n\n"
        "The Minister of Culture, Youth\nfor Sport and Tourism\n\n[signed and sealed]\n\nKofi Mensah Boateng"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.signatory == "Kofi Mensah Boateng"
    assert parts.signatory_title == "The Minister of Culture, Youth for Sport and Tourism"


def test_a_memos_place_from_its_letterhead_address_and_a_dashed_country():
    text = (
        "RURAL ROADS TRUST\nPrivate Bag 7, Gaborone 0010 - Botswana\n\nMEMORANDUM\n\n"
        "FROM: The Trustees\nDATE: Friday, 9 October 2026\nRE: Gravel for the northern tracks\n\n"
        "Tenders for the gravel closed last week and the Trust will award them this month."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Gaborone", dt.date(2026, 10, 9))


def test_minutes_take_their_place_from_the_venue_under_the_date():
    text = (
        "SCHOOLS BOARD\n\nRecord of the second sitting\nThursday, 8 October 2026\n"
        "Hall B, Civic Centre, Lautoka\n\nAttending: all members but one.\n\n"
        "The Board agreed to close two rural schools over the holidays."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Lautoka", dt.date(2026, 10, 8))


def test_a_place_of_three_parts_over_the_date_is_no_venue_and_keeps_them_all():
    text = (
        "Graz, Eggenberg, Styria\n3 May 2024\n\nDear Ms. Rai,\n\n"
        "We write to you about the pumping stations, which the agency will repair this year.\n\n"
        "Sincerely,\n\nAsha Gurung\n"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Graz, Eggenberg, Styria", dt.date(2024, 5, 3))


def test_an_office_in_capitals_wrapped_onto_a_second_line_is_the_title():
    text = (
        "Dear Director,\n\nOur staff would like to visit the two training farms in the spring.\n\n"
        "With my best regards,\n\n"
        "THE MINISTER OF CULTURE, YOUTH\nFOR SPORT AND TOURISM\n\n[signed and sealed]\n\nKofi Mensah Boateng"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.signatory == "Kofi Mensah Boateng"


def _spaced_line(text, top, size=10.0, x0=72.0):
    """A line whose chars are each 6 points wide, with their positions."""
    n = len(text)
    return RawLine(
        text=text,
        page=1,
        bbox=(x0, top, x0 + 6 * n, top + size),
        size=size,
        char_x0=[x0 + 6 * k for k in range(n)],
        char_x1=[x0 + 6 * (k + 1) for k in range(n)],
    )


def test_a_name_in_capitals_wrapped_before_its_conjunction_is_one_line():
    from extractor.reading.pdf_layout import _wrapped

    name = _spaced_line("MINISTRY OF WATER, SANITATION, IRRIGATION, LANDS", 100)
    right = name.box[2]
    assert _wrapped(name, _spaced_line("AND FORESTRY", 112), 72.0, right)
    # A letterhead's names stacked a line each stay apart, even where the upper one fills the line.
    assert not _wrapped(name, _spaced_line("REPUBLIC OF THE EXAMPLE ISLANDS", 112), 72.0, right)


def test_a_letterhead_city_after_a_country_prefixed_postal_code():
    text = "FEDERAL OFFICES\nMinistry of Trade\nCH-3003 Bern\n\n12 May 2030\n\nDear Sir,\n\nText.\n\nYours faithfully,\n\nAnn Author"
    parts, _body = split_letter(text_blocks(text))
    assert parts.place == "Bern"


def test_a_letterhead_address_with_its_contacts_on_the_same_line():
    text = (
        "RIVER BASIN FUND\n400 Main Street Telephone: (303) 555-0100\nDenver, CO 80202 Cable Address: RIVFUND\n\n"
        "May 3, 1990\n\nDear Minister:\n\nText.\n\nSincerely yours,\n\nAnn Author"
    )
    parts, _body = split_letter(text_blocks(text))
    assert parts.place == "Denver"


def test_a_notice_signed_under_the_line_that_says_where_it_was_done():
    text = (
        "Sir,\n\n"
        + "The Fund hereby gives notice that the undisbursed balance of the grant is cancelled.\n\n" * 3
        + "Yours faithfully,\n\n"
        "Done at Lomé, this 3rd day of May 2001\n\n[signed]\n\nAma Mensah-Kofi\nDirector of Operations\n\n"
        "cc: Governor, Central Bank"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Lomé", dt.date(2001, 5, 3), "Ama Mensah-Kofi")
    assert "cc: Governor, Central Bank" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_printed_email_that_carries_a_letter_takes_the_letters_place():
    text = (
        "From: Ana Lopez <ana.lopez@agency.example>\nSent: Wednesday, 6 March 2030 9:15 AM\n"
        "To: Hemi Tane <hemi@ministry.example>\nSubject: Grant letter\n\nKia ora Hemi,\n\n"
        "Our letter on the grant is copied below; the signed original follows by post.\n\nAna\n\n"
        "--------------------\nREGIONAL AGENCY\nApia Office\n\nApia, 6 March 2030\n\n"
        "Mr Hemi Tane\nSecretary for Finance\n\nDear Mr Tane,\n\n"
        + "The agency confirms the grant for the water project in the outer islands this year.\n\n" * 3
        + "Yours sincerely,\n\nAna Lopez\nDirector"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Apia", dt.date(2030, 3, 6))
    assert (parts.salutation, parts.signatory) == ("Kia ora Hemi", "Ana Lopez")
    # The carried letter's own date line and greeting stay in the text.
    assert "Dear Mr Tane," in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_decision_signed_by_two_untitled_names_over_a_copy_list():
    text = (
        "GOVERNMENT OFFICES\nMinistry of Culture\n\n2030-05-14\n\n"
        + "The agency shall move the appropriation to the museum grants as set out below this year.\n\n" * 3
        + "For the Cabinet\n\nJohanna Berg\n        Nils Ek\n\nCopy to\nMinistry of Finance\nNational Audit Office"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert parts.signatory == "Johanna Berg"
    assert "National Audit Office" in [line.text.strip() for block in body_blocks for line in block.lines]


def test_an_email_placed_by_the_address_in_its_signature_block():
    text = (
        "From: Roe, Ann <ann.roe@agency.example>\nSent: Monday, 4 March 2030 10:00 AM\nTo: Ben Doe\n"
        "Subject: Grant\n\nDear Ben,\n\n"
        + "The grant for the island water works is confirmed at the amount agreed last month.\n\n" * 3
        + "Kind regards,\n\nAnn Roe\nDirector | Water Section\nLevel 4, 12 Harbour Road, Valletta\nP +356 2000 0000"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.signatory) == ("Valletta", "Ann Roe")
    # The address over two lines, its street and quarter over the city and country: the city.
    two_lines = text.replace("Level 4, 12 Harbour Road, Valletta", "Unit 9, Dock Yard Estate\nPortmore, Malta")
    parts, _body = split_letter(text_blocks(two_lines))
    assert (parts.place, parts.signatory) == ("Portmore", "Ann Roe")
    # A security marking under the address's phone line is no place.
    parts, _body = split_letter(text_blocks(text + "\n\nOFFICIAL"))
    assert (parts.place, parts.signatory) == ("Valletta", "Ann Roe")


def test_a_note_dated_at_its_foot_over_a_seal_and_its_addressees_has_no_signatory():
    text = (
        "Dear colleagues,\n\n"
        + "The Secretariat asks each member government to pay its yearly share before the end of June.\n\n" * 3
        + "Yours faithfully,\n\n"
        "Niamey, 2 May 2031\n\n[Stamp of the Secretariat]\n\nTo:  Every member government's treasury\n"
        "cc:  Central bank governors"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Niamey", dt.date(2031, 5, 2), None)


def test_an_addressee_block_under_the_letterhead_gives_no_place_and_a_foot_address_does():
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nDepartment for Grants\n\nRiver Agency\nAttn.: Mr Tom Lake\n12 Quay Street\n"
        "4000 Basel\nSWITZERLAND\n\n3 May 2030\n\nDear Mr Lake,\n\n"
        + "The ministry raises its grant to the agency for the flood works this year.\n\n"
        * 3
        + "Yours sincerely,\n\nAnn Author\n\n--------------------\nPostal address | Telephone\n"
        "P.O. Box 12 | +00 11 22 33\nDK-1448 Copenhagen | mail@mfa.example"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.signatory) == ("Copenhagen", "Ann Author")


def test_a_line_of_names_that_opens_with_a_greeting_word_is_no_salutation():
    # A greeting word names a firm too: a long line of names after it, closed by a comma, is no greeting.
    assert not is_salutation("Bula Shipping, Coral Freight and Reef Cargo Lines,")


def test_a_letter_dated_only_in_the_ethiopian_calendar_takes_its_gregorian_day():
    text = (
        "REGIONAL HEALTH BUREAU\nP.O. Box 1021, Bahir Dar\n\nYekatit 4, 2015 E.C.\n\n"
        "To the Country Director\nRiver Relief\n\nDear Director,\n\n"
        "The Bureau thanks you for the clinic supplies that reached the districts last month.\n\n"
        "Respectfully,\n\nSelam Bekele\nBureau Head"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Bahir Dar", dt.date(2023, 2, 11))


@pytest.mark.parametrize(
    "line",
    [
        # an inward stamp's date, its word set apart by a wide gap
        "REGISTERED    17 August 2004",
        "RECEIVED      17 August 2004",
    ],
)
def test_a_field_label_or_a_stamp_word_before_the_date_is_no_place(line):
    text = (
        "MINISTRY OF PORTS\n\n"
        f"{line}\n\nHarbour Trust\nAttn: the Director\n\n"
        "Dear Director,\n\nThe Ministry will fund the dredging of the inner basin next spring.\n\n"
        "Kind regards,\n\nMaria Borg\nPermanent Secretary"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == (None, dt.date(2004, 8, 17))


def test_minutes_take_date_and_place_from_their_date_and_place_field_not_the_next_meeting():
    text = (
        "WORKING GROUP ON RAIL SAFETY\nRecord of the fifth session\n\n"
        "Date / place:  09.11.2028, 10:00-12:00, Kirchgasse 8, Linz, hall C.14\nPresent:      the members listed in the annex\n\n"
        "1. The group agreed to fund the signal upgrade from next year.\n\n"
        "Next meeting: 07.12.2028."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Linz", dt.date(2028, 11, 9))


@pytest.mark.parametrize(
    "from_line,signatory",
    [
        ("FROM:      Lena Ortiz\n           Head, Transport Unit", "Lena Ortiz"),
        # cleared by the sender's mark and initials after the name
        ("FROM:      Unit C3, Tomas K. Varga  /s/ TKV", "Tomas K. Varga"),
    ],
)
def test_an_unsigned_memorandum_is_signed_by_the_person_its_from_field_names(from_line, signatory):
    text = (
        "LAKESIDE DEVELOPMENT FUND                    MEMORANDUM\n14 Canal Street, Riverton City, 2210 Metro Harbour\n\n"
        "                                   9 October 2030\n\nTO:        The Board\n\n"
        f"{from_line}\n\nRE:        Ferry loan\n\n"
        "The Fund proposes a loan of $25 million for two ferries on the lake.\n\n"
        "Approval is sought at the November meeting."
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.signatory) == ("Riverton City", signatory)


@pytest.mark.parametrize("close", ["Cheers,", "Many thanks,", "Best,"])
def test_an_emails_informal_close_with_its_comma_closes_before_the_signature_block(close):
    text = (
        "Dear Lars,\n\nThe board signed off the USD 2 million for the clinics this morning.\n\n"
        f"{close}\nAda\n\nAda Okoro\nHealth Programmes Director\nada.okoro@example.org"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.closing, parts.signatory) == (close.rstrip(","), "Ada Okoro")


def test_a_covering_note_over_a_forwarded_letter_gives_the_parts():
    text = (
        "MEMO\n\nTo:       Finance Unit\nFrom:     Mere Walker\nDate:     3 May 2029\n\nTeam,\n\n"
        "The clinic network asks for its annual grant early; the Minister agreed on 2 May. Their letter is below.\n\n"
        "Regards,\nMere Walker\n\n"
        "----- Original letter -----\n\nReef Clinics Trust\nNuku'alofa\n\n"
        "21 April 2029\n\n"
        "Dear Ms Walker,\n\nCould the annual grant of NZD 2 million reach us in May this year?\n\n"
        "With thanks,\n\nSione Fifita\nTreasurer"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.date, parts.salutation, parts.signatory) == (dt.date(2029, 5, 3), "Team", "Mere Walker")


def test_a_header_grid_dates_the_letter_by_the_cell_under_its_date_label():
    text = (
        "AGENCY FOR RIVER BASINS\n\n"
        "Your ref.          Date                Case officer\n"
        "AB 12              2031-10-21          K. Moe\n\n"
        "River Council\nPostboks 9\n\n"
        "Flood maps for the lower valley\n\n"
        "We send you the flood maps for the lower valley, as agreed at our last meeting.\n\n"
        "Best regards\n\nKari Moe"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.date, parts.place) == (dt.date(2031, 10, 21), None)


def test_a_dateline_run_on_under_a_flattened_columns_contents_dates_and_places_the_bulletin():
    text = (
        "ISLAND TRADE BULLETIN                                 Vol. 7, No. 2 | March 2031\n"
        "Published by the Reef Development Bank\n"
        "CONTENTS                          TWO NEW FERRIES\n"
        "Ferries .............. 1          FOR THE ISLANDS\n"
        "SUVA, Fiji, March 3, 2031 - Two inter-island ferries will be built with a US$8 mn loan that the\n"
        "directors of the Bank agreed on February 27.\n"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Suva", dt.date(2031, 3, 3))


def test_a_media_release_headed_by_a_minister_is_signed_by_the_minister():
    text = (
        "THE HON. LENA K. ORTIZ MP\nMINISTER FOR REGIONAL TRANSPORT\n\nJOINT STATEMENT          RT-2031-17\n\n"
        "MORE BUSES FOR THE OUTBACK\n\n"
        "Outback towns will get more bus services, with $15 million set aside this year, Ms Ortiz said.\n\n"
        "Contact: 0400 000 000\n\nDarwin, 2 August 2031"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.signatory) == ("Darwin", "Lena K. Ortiz")


def test_a_forwarded_letters_addressee_block_is_a_line_each():
    text = (
        "Dear Colleague,\n\nI forward the letter below for your information.\n\nYours sincerely,\n\nAnn Author\n\n"
        "---------- Forwarded letter ----------\n\n"
        "Ms Jo Example\nHead of Unit\nOffice of Water Affairs\nMinistry of Rivers\nPortville, Ruritania\n\n"
        "Dear Head of Unit,\n\nWe ask for a grant for the wells of the coast.\n\nYours faithfully,\n\nBo Writer"
    )
    _, body_blocks = split_letter(text_blocks(text))
    texts = [block.text for block in body_blocks]
    # Each line names one thing: no body runs on into the next line's body or city ("Ministry of Rivers Portville").
    assert {"Head of Unit", "Office of Water Affairs", "Ministry of Rivers", "Portville, Ruritania"} <= set(texts)


def test_a_name_wrapped_in_an_addressee_block_goes_on_its_line():
    text = (
        "Mr Al Reader\nUnited Nations Agency for the Care of Forests\nin the Northern Hills\nForest Way 2, Treeton\n\n"
        "Dear Mr Reader,\n\nWe thank you for the report.\n\nYours sincerely,\n\nAnn Author"
    )
    _, body_blocks = split_letter(text_blocks(text))
    assert "United Nations Agency for the Care of Forests in the Northern Hills" in [b.text for b in body_blocks]


def test_a_senders_block_of_stacked_lines_at_the_foot_is_a_line_each():
    text = (
        "Dear Chair,\n\nThe grant is shared as follows:\n\n"
        "Northland ........ USD 2,000,000\nSouthland ........ USD 1,000,000\nEastland ........ USD 500,000\n\n"
        "Rural Roads and Bridges\nProgramme of the Coast\n\n"
        "Aid Programme Unit\nDepartment of External Affairs\nRiver House, 12 Quay Street, Portville\n\n"
        "Laid before the House on 2 May 2030."
    )
    _, body_blocks = split_letter(text_blocks(text))
    texts = [block.text for block in body_blocks]
    assert {"Aid Programme Unit", "Department of External Affairs"} <= set(texts)
    # A table's rows joined by leader dots, and a title of two lines, stay one paragraph each.
    assert "Northland ........ USD 2,000,000 Southland ........ USD 1,000,000 Eastland ........ USD 500,000" in texts
    assert "Rural Roads and Bridges Programme of the Coast" in texts


def test_an_addressee_block_read_in_one_block_with_its_greeting_and_text_is_a_line_each():
    # A reader may give the address, the greeting and the text under it as one block: the greeting ends the address.
    lines = ["H.E. Ms Ada Example", "Ambassador of Ruritania to Northland", "Embassy of Ruritania", "Pineville"]
    lines += ["Dear Ambassador,", "We thank Ruritania for its grant of USD 3 million to the forests of the north."]
    blocks = [Block([RawLine(text) for text in lines]), Block([RawLine("Yours sincerely,")]), Block([RawLine("Bo")])]
    _, body_blocks = split_letter(blocks)
    assert {"Ambassador of Ruritania to Northland", "Embassy of Ruritania", "Pineville"} <= {
        block.text for block in body_blocks
    }


@pytest.mark.parametrize(
    "first,second,joined",
    [
        ("We thank the Minister of", "Planning for the meeting", "We thank the Minister of Planning for the meeting"),
        ("the approval of the agree-", "ment was welcome", "the approval of the agreement was welcome"),
    ],
    ids=["space", "hyphen"],
)
def test_a_wrapped_runs_char_boxes_are_its_printed_lines_joined_as_its_text(first, second, joined):
    """char_boxes of a run read as one line: each printed line's boxes as far as the joined text takes its chars,
    the joining space given the line's right edge; the run's boxes are joined only when asked."""
    top, under = _printed(first), _printed(second)
    top.wraps = True
    line = joined_wraps([Block([top, under])])[0].lines[0]
    assert line.text == joined and line.pieces == [top, under]
    taken = len(joined) - len(second)  # the chars of the joined text the first printed line gives
    edge = [top.bbox[2]] * (taken - len(first))
    x0s, x1s = char_boxes(line)
    assert x0s == (top.char_x0 + edge)[:taken] + under.char_x0
    assert x1s == (top.char_x1 + edge)[:taken] + under.char_x1
    assert char_boxes(top) == (top.char_x0, top.char_x1)  # a printed line's own


def test_a_body_signed_for_in_lower_case_over_a_name_in_brackets():
    text = (
        "HARBOUR TRUST BANK LTD\n\n12 June 2031\n\nDear Ms Obi,\n\nYour account statement for May is enclosed.\n\n"
        "With best regards,\nfor Harbour Trust Bank Ltd\n(Omar Haddad)\nHead of Lending"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Omar Haddad", "Head of Lending")


def test_a_communiques_city_and_country_over_its_date_are_no_signatory():
    body = "".join(
        f"Point {n}: the delegations reviewed it together and set a date for a progress report.\n\n"
        for n in range(1, 11)
    )
    text = f"JOINT COMMUNIQUE\n\n{body}Port Elara, Malta\n14 October 2031"
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Port Elara", dt.date(2031, 10, 14), None)


def test_a_letter_dated_at_the_foot_over_its_closing():
    text = (
        "HARBOUR BOARD\n\nThe Chair\nCoastal Survey Office\n\nDear Chair,\n\nThe survey of the coastal fisheries you "
        "asked for is enclosed.\n\nLakeview, 2 May 2031\n\nYours sincerely,\n\n\nAnn Author\nSecretary"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Lakeview", dt.date(2031, 5, 2), "Ann Author")
    assert "Lakeview, 2 May 2031" not in [line.text.strip() for block in body_blocks for line in block.lines]


def test_a_memo_whose_to_field_runs_over_the_addressees_lines():
    text = (
        "DEPARTMENT OF HARBOURS AND INLAND WATERWAYS\nOld Customs House, Quay Street\nLakeview\n\n"
        "INTERNAL MEMORANDUM FOR CIRCULATION WITHIN THE DEPARTMENT ONLY\n\n"
        "To: Chief Accountant\nRegional Water Board\nMarston     Tel. 555 0199\nFrom: Planning Unit\n"
        "Date: 5 August 2031\n\nDear Colleague,\n\nThe dredging estimate you asked for is now final and attached.\n\n"
        "Kind regards,\n\nRuth Okafor\nPlanning Unit"
    )
    parts, _body = split_letter(text_blocks(text))
    # "From:" over "Date:" are the memo's own fields, no quoted message; the addressee's town is no place.
    assert (parts.place, parts.date, parts.salutation, parts.signatory) == (
        "Lakeview",
        dt.date(2031, 8, 5),
        "Dear Colleague",
        "Ruth Okafor",
    )


def test_a_to_field_ends_at_its_blank_line():
    text = (
        "MINISTRY OF PORTS\nTO: All district offices\n\nQuay Road 4\nPort Elara\n\n12 March 2031\n\n"
        "Dear Colleagues,\n\nThe harbour fees for the coming year are attached for your records and comments.\n\n"
        "Yours sincerely,\n\nJ.K. Roe\nDirector"
    )
    parts, _body = split_letter(text_blocks(text))
    # The lines after the blank one are the sender's address again, where its city is the letter's place.
    assert (parts.place, parts.date, parts.signatory) == ("Port Elara", dt.date(2031, 3, 12), "J.K. Roe")


def test_a_letter_signed_over_a_long_enclosure():
    memo = "".join(f"{n}. The fund paid grant {n} to the partner's training programme.\n\n" for n in range(1, 36))
    text = (
        "MINISTRY OF PORTS\nPort Elara\n\n4 May 2031\n\nDear Mr Roe\n\nI enclose the note you asked for.\n\n"
        f"Yours sincerely\n\nK A Boateng\nEnc.\n\nNOTE BY THE MINISTRY\n\n{memo}"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    # A closing higher up than a letter's last lines, with a name typed with initials without full stops under it.
    assert (parts.closing, parts.signatory, parts.signatory_title) == ("Yours sincerely", "K A Boateng", None)
    assert "35. The fund paid grant 35 to the partner's training programme." in [
        line.text.strip() for block in body_blocks for line in block.lines
    ]


@pytest.mark.parametrize(
    ("signer", "signatory", "title"),
    [
        # A title beside the name, their wide space lost in a text: the name is the words no English word is.
        (
            "Vice-Minister of Fisheries          Tavita Leaupepe",
            "Tavita Leaupepe",
            "Vice-Minister of Fisheries",
        ),
        # A one-word title before the name is its honorific: the name is whole.
        ("Ambassador Khalid Sami Haddad", "Khalid Sami Haddad", None),
        # A title alone over the name stays the title.
        ("Minister of Foreign Affairs\nTavita Leaupepe", "Tavita Leaupepe", "Minister of Foreign Affairs"),
    ],
)
def test_a_title_beside_the_signers_name_in_a_text(signer, signatory, title):
    text = f"3 May 2031\n\nDear Director,\n\nWe confirm the grant for the line.\n\nYours sincerely,\n\n{signer}"
    parts, _body = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == (signatory, title)


def test_a_note_verbale_dated_at_its_foot_in_the_buddhist_era_has_its_place_and_no_signer():
    text = (
        "No. 44/2031\n\nExamplia's Culture Ministry greets the Ruritanian Embassy warmly and confirms that the old "
        "library will get its restoration money.\n\n"
        + "The Ministry will release the first part of the grant once the works begin this year.\n\n"
        * 3
        + "The Culture Ministry takes this chance once more to offer the Ruritanian Embassy the "
        "assurances of its very high consideration.\n\nDepartment of Culture, Chiang Mai\n"
        "Chiang Mai, 2 March B.E. 2569\n\nTo: the Embassy of Ruritania"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date, parts.signatory) == ("Chiang Mai", dt.date(2026, 3, 2), None)


def test_a_body_named_over_the_signer_is_no_signer():
    text = (
        "WATER BOARD\n\n3 May 2030\n\nDear Director,\n\n"
        + "The board confirms the loan for the new pumping station this year.\n\n" * 3
        + "Yours sincerely,\n\nDepartment of Fisheries\nAsha Lee\nDirector"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Asha Lee"


def test_a_bracketed_office_copy_mark_stands_for_the_signature_over_the_typed_name():
    text = (
        "WATER BOARD OF EXAMPLIA\n\n3 May 2030\n\nDear Madam,\n\n"
        + "Examplia asks for its next instalment of canal money.\n\n" * 3
        + "With regards,\n\n(Sd/-)\nAsha Menon\nDeputy Director (Canals)"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Asha Menon"


def test_a_date_line_in_a_second_calendar_shares_its_line_with_the_reference():
    text = (
        "DESERT WATER TRUST\n\nOur ref. DWT/88                Doha, 3 Rajab 1445 H\n"
        "                                    15 January 2024\n\nDear Director,\n\n"
        + "The fund approves the loan for the irrigation scheme this year.\n\n" * 3
        + "Yours sincerely,\n\nAsha Lee"
    )
    parts, _body = split_letter(text_blocks(text))
    assert (parts.place, parts.date) == ("Doha", dt.date(2024, 1, 15))


def test_a_printed_email_opened_by_its_holders_name_is_signed_by_that_person():
    text = (
        "Mele K. Roe\n\nFrom: Mele K. Roe <mele@fund.example>\nSent: Monday, 3 March 2031 10:00\n"
        "To: Sam Lee <sam@bank.example>\nSubject: Figures\n\nDear Sam,\n\n"
        + "The table of this year's transfers is below, as you asked.\n\n" * 3
        + "Best regards,\n\nMele K. Roe\nBudget Officer\nFund of Examplia"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Mele K. Roe"


def test_a_circular_signed_over_long_lists_of_its_recipients_and_copies_is_signed():
    offices = "".join(f"   Water Office, District {n}, Riverton\n" for n in range(1, 9))
    text = (
        "Ministry of Water\n\nDate: 2 June 2031\n\nSubject: Grants for the year\n\n"
        + "Each district reports monthly how it spends its canal money.\n\n" * 3
        + "                    Sd.\n                    (Asha Rana)\n                    Under Secretary\n\n"
        + f"Distribution:\n{offices}\nCopies to:\n   Chief Auditor\n   Harbour Board\n"
    )
    assert split_letter(text_blocks(text))[0].signatory == "Asha Rana"
    # A memo's "cc:" field in its head is no list under the signer: the signer is found at the foot all the same.
    memo = (
        "Harbour Office\n\nRef.: 12/31\nLakeview, 2 June 2031\n\nTo:   Minister\ncc:   Unit 4, Unit 9\n\n"
        + "Each district reports monthly how it spends its canal money, and the office sums the reports for the board.\n\n"
        * 3
        + "(signed) Rana\nAsha Rana\nHead of Unit 7"
    )
    assert split_letter(text_blocks(memo))[0].signatory == "Asha Rana"


@pytest.mark.parametrize(
    "sign_off",
    [
        "Coastal Housing Trust\nBy [signed]\nMira Lund\nChief Executive",
        "Coastal Housing Trust\n\nBy: /s/ Mira Lund\nChief Executive",
        "COASTAL HOUSING TRUST\n\nBy:\n\nMira Lund\nChief Executive",
    ],
)
def test_a_body_that_signs_by_its_officer_is_no_signatory(sign_off):
    text = (
        "Town Planning Office\nKestrel Bay\n\n19 September 2033\n\nDear Planner,\n\nThe Trust will start the 40 "
        "seaside flats in April, once the council has passed the drainage plan it sent us in the summer."
        "\n\nWith kind regards,\n\n" + sign_off + "\n"
    )
    parts, body_blocks = split_letter(text_blocks(text))
    assert (parts.signatory, parts.signatory_title) == ("Mira Lund", "Chief Executive")
    assert "COASTAL HOUSING TRUST" in " ".join(block.text for block in body_blocks).upper()  # the body stays body


@pytest.mark.parametrize(
    "letterhead, place",
    [
        # The postal code first, then the city, then the street, as the former Soviet states write an address.
        ("Steppe Water Trust\n443010, Ozerny, 5 Birch St.", "Ozerny"),
        # The address's parts side by side, the city with its state and ZIP code in a cell of its own.
        ("THE BIRCHWOOD FOUNDATION\n410 Lake Street, Suite 9 | Duluth, Minnesota 55802 | (218) 555-0100", "Duluth"),
    ],
)
def test_a_letterhead_address_names_its_city_after_its_postal_code_or_in_its_own_cell(letterhead, place):
    text = (
        letterhead + "\n\nMay 4, 2022\n\nDear Colleague,\n\nThe Agency confirms that the second grant for the river "
        "works will be made available on the terms agreed between our two delegations last month.\n\n"
        "Yours sincerely,\n\nJana Roe\nDirector\n"
    )
    assert split_letter(text_blocks(text))[0].place == place


@pytest.mark.parametrize("answered", ["Answered on 9 May 2034", "Date of answer: 9 May 2034"])
def test_a_written_answer_is_dated_by_its_answer_and_signed_by_the_minister_under_it(answered):
    text = (
        "WESTMARK PROVINCIAL COUNCIL — QUESTION PAPER 88\n\n"
        "Q14, put by Councillor Ida Brook, 30 April 2034: What share of the storm fund reaches the islands?\n\n"
        f"{answered}\n\nOle Hart\nCouncil Member for Finance\n\n" + GRANT_TEXT
    )
    parts, body = _parts(text)
    assert (parts.date, parts.place, parts.signatory) == (dt.date(2034, 5, 9), None, "Ole Hart")
    # the question stays in the text
    assert any("What share of the storm fund" in block for block in body)


def test_an_enclosed_letter_is_looked_for_under_a_heading_and_each_line_asked_once_whether_it_closes(monkeypatch):
    from extractor.reading import letter_parts

    asked: list[str] = []

    def counted(text: str) -> bool:
        asked.append(text)
        return is_closing(text)

    monkeypatch.setattr(letter_parts, "is_closing", counted)
    plain = ["Dear Warden,", "The ferry rota for the spring is set out here.", "Kind regards,", "Tomas Vik"]
    # No line is a heading of an enclosure: no line is asked whether it closes the letter.
    assert letter_parts._enclosed_letter_at(plain) is None
    assert asked == []
    texts = [
        "Dear Warden,",
        "Attachment 2",  # above the close: no enclosed letter starts here
        "Dear Warden,",
        "The ferry rota for the spring is set out here.",
        "Kind regards,",
        "Tomas Vik",
        "Attachment 3",
        "Dear Ms Berg,",
        "The pier repairs end in April.",
    ]
    assert letter_parts._enclosed_letter_at(texts) == 6
    # The lines above the second heading, each once, up to the close; none below it.
    assert asked == texts[:5]


def test_a_head_of_states_office_over_its_states_name_is_a_letterhead_not_a_salutation():
    # The office and its state head the letter and sign it ("PRIME MINISTER, / REPUBLIC OF ..."): no role is greeted,
    # and the date and place set right under the letterhead are the letter's.
    text = (
        "PRIME MINISTER,\nREPUBLIC OF GHANA\n\n                              Osu Castle\n"
        "                              Accra\n                              3rd March, 2031\n\n"
        "The Rt. Hon. Speaker,\nParliament House,\nAccra.\n\n"
        "I transmit herewith the Supplementary Estimates for the fishing ports, which Cabinet approved on"
        " 27th February, 2031, for the consideration of the House.\n\n"
        "Please accept the assurances of my highest regard.\n\n"
        "                              KOFI A. MENSAH\n                              Prime Minister,\n"
        "                              Republic of Ghana"
    )
    parts, _ = split_letter(text_blocks(text))
    assert (parts.salutation, parts.place, parts.date) == (None, "Accra", dt.date(2031, 3, 3))
