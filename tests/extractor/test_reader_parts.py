"""The reader's pieces on small hand-made inputs: date lines, salutations, closings, hyphens,
Unicode, emphasis markers, letter parts, running headers and footers."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.letter_parts import (
    Block,
    RawLine,
    assemble,
    document_words,
    hyphen_join,
    is_closing,
    is_salutation,
    normalise_char,
    parse_date_line,
    split_letter,
)
from extractor.pdf_layout import PageLines, drop_running, paragraphs
from extractor.pdf_lines import dedupe, font_style
from extractor.text_input import text_blocks


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
        ("Date: 5 Sept. 2019", None, dt.date(2019, 9, 5)),
        ("Bruxelles, le 21 octobre 2025", "Bruxelles", dt.date(2025, 10, 21)),
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
    ],
)
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("line", ["Yours sincerely,", "Sincerely,", "Kind regards", "Yours faithfully,",
                                  "With best regards,", "Respectfully yours,", "*Yours sincerely,*", "Best wishes,"])
def test_closings(line):
    assert is_closing(line)


@pytest.mark.parametrize("line", ["Regards to your team were sent on Monday.", "Sincerely, we hope that the Council will agree.",
                                  "Yours is the final word on this matter."])
def test_not_closings(line):
    assert not is_closing(line)


@pytest.mark.parametrize("line", ["Dear colleagues,", "Dear Mr. Chairman:", "Excellency,", "Dear Sir or Madam,", "Ladies and Gentlemen,"])
def test_salutations(line):
    assert is_salutation(line)


@pytest.mark.parametrize("line", ["Dear as it was, the plan failed.", "Hello to all the teams who made this possible, and to their families and friends."])
def test_not_salutations(line):
    assert not is_salutation(line)


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
    "raw,plain",
    [("\ufb01", "fi"), ("\ufb02", "fl"), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "), ("\u2019", "\u2019"),
     ("\u201c", "\u201c"), ("\u200b", ""), ("\u2011", "-"), ("\u2013", "\u2013"), ("\uff21", "A"), ("é", "é")],
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
    assert [(c["text"], c["x0"], c["top"]) for c in dedupe(chars)] == [("a", 10, 10), ("b", 16, 10), ("a", 30, 10), ("a", 10, 30)]


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
    assert (parts.signatory, parts.signatory_title, parts.has_signature_image) == ("Ann Author", "Director-General", True)
    assert [block.text for block in body_blocks] == ["First paragraph of the body, which says something.", "Second paragraph."]


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
        lines = [_line(f"Text line {k} of page {number}, which runs on to the", number, 100 + 14 * k) for k in range(50)]
        lines.append(_line("12.", number, 100 + 14 * 50))  # the wrapped end of a sentence, in the bottom band
        pages.append(PageLines(number=number, lines=lines, images=[], height=842))
    drop_running(pages)
    assert all(page.lines[-1].text == "12." for page in pages)


def test_fake_bold_copies_mark_the_char_bold():
    from extractor.pdf_lines import FAKE_BOLD_KEY, _line

    chars = []
    for k, letter in enumerate("Bold"):
        for offset in (0.0, 0.3):
            chars.append({"text": letter, "fontname": "Regular", "size": 10.0, "x0": 10 + 6 * k + offset,
                          "x1": 16 + 6 * k + offset, "top": 100.0, "bottom": 110.0})
    kept = dedupe(chars)
    assert len(kept) == 4 and all(FAKE_BOLD_KEY in c for c in kept)
    line = _line([(c["x0"], c["x1"], c["top"], c["bottom"], c) for c in kept], 1)
    assert line.text == "Bold" and all(line.bold)


def test_cc_line_is_not_the_signatory_title():
    parts, _ = split_letter(text_blocks("Dear Sir,\n\nBody text.\n\nYours faithfully,\n\nA. Person\n\ncc: The Secretary-General"))
    assert parts.signatory == "A. Person" and parts.signatory_title is None


def test_list_items_are_paragraphs_in_text_and_pdf():
    from extractor.letter_parts import starts_list_item

    blocks = text_blocks("We will:\n- fund the first call;\n- open an office.\n\n1. One.\n2. Two.")
    assert [block.text for block in blocks] == ["We will:", "- fund the first call;", "- open an office.", "1. One.", "2. Two."]
    assert starts_list_item("• Liste 2", "• Liste")
    assert not starts_list_item("3. of the Regulation applies", "as laid down in Article")


def test_pdf_bullet_lines_start_paragraphs():
    lines = [_line("We will:", 1, 100), _line("• fund the first call;", 1, 114), _line("• open an office.", 1, 128)]
    blocks = paragraphs([PageLines(1, lines, [], 842)])
    assert [block.text for block in blocks] == ["We will:", "• fund the first call;", "• open an office."]


def test_bold_heading_at_the_foot_of_a_page_is_not_joined_to_the_next_page():
    heading = _line("Cooperation with partner countries in the region", 1, 700)
    heading.bold = [True] * len(heading.text)
    body = _line("The partnerships launched last year are working well.", 2, 80)
    blocks = paragraphs([PageLines(1, [_line("Text above it.", 1, 600), heading], [], 842), PageLines(2, [body], [], 842)])
    assert [block.text for block in blocks][-2:] == [heading.text, body.text]
