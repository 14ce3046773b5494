"""read_letter on letters drawn with reportlab: body word for word, no page furniture, parts, styles, boxes."""

from __future__ import annotations

import re

import pytest
from reader_pdfs import (
    CLOSING,
    PARAGRAPHS,
    RUNNING_HEADER,
    SIGNATORY,
    SIGNATORY_TITLE,
    build_letter,
    signature_image,
    word_sequence_ratio,
)

from extractor.reading.reader import locate, read_body, read_letter

MIN_WORD_RATIO = 0.995  # the bar for the reconstructed body against its source

FONTS = {
    "base14": ("Helvetica", "Helvetica-Bold"),
    "embedded-ttf": ("Vera", "VeraBd"),
}


def _register_vera() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in ("Vera", "VeraBd"):
        pdfmetrics.registerFont(TTFont(name, f"{name}.ttf"))


@pytest.fixture(scope="module", params=sorted(FONTS))
def drawn(request, tmp_path_factory):
    """A three-page letter drawn in one of two font set-ups, and what the reader makes of it."""
    if request.param == "embedded-ttf":
        _register_vera()
    folder = tmp_path_factory.mktemp(request.param)
    font, bold = FONTS[request.param]
    letter_pdf = build_letter(
        folder / "letter.pdf", repeat=2, font=font, bold_font=bold, signature_png=signature_image(folder / "sig.png")
    )
    return letter_pdf, read_letter(letter_pdf.path)


def test_generated_letter_exercises_what_it_should(drawn):
    source, _ = drawn
    assert source.pages >= 3
    assert source.page_break_paragraphs >= 1
    assert {"imple-", "EU-", "hand-in-"} <= set(source.line_ends)


def test_body_matches_source_word_for_word(drawn):
    source, letter = drawn
    assert word_sequence_ratio(source.body, letter.body) >= MIN_WORD_RATIO
    assert letter.body.split() == source.body.split()


def test_no_header_footer_or_page_number_residue(drawn):
    _, letter = drawn
    assert RUNNING_HEADER not in letter.body
    assert "ARES(2025)" not in letter.body
    assert not re.search(r"Page \d+ of \d+", letter.body)
    assert not re.search(r"(^|\n)\d{1,3}(\n|$)", letter.body)


def test_paragraphs_joined_across_page_breaks(drawn):
    source, letter = drawn
    assert len(letter.paragraphs) == 2 * len(PARAGRAPHS)
    assert letter.body.split("\n\n") == source.body.split("\n\n")
    assert any(len(paragraph.pages) == 2 for paragraph in letter.paragraphs)


def test_line_end_hyphens_joined_only_where_they_broke_a_word(drawn):
    _, letter = drawn
    assert "implementation" in letter.body and "imple-" not in letter.body
    assert "EU-Turkey" in letter.body
    assert "hand-in-hand" in letter.body


def test_bold_spans_kept(drawn):
    _, letter = drawn
    bold = [letter.body[span.start : span.end] for span in letter.styles if span.style == "bold"]
    for run in (
        "Pact on Migration and Asylum",
        "EUR 675 million for North Africa",
        "Entry/Exit System",
        "legal alternatives",
    ):
        assert any(run in text for text in bold), run
    assert not any("Migration patterns" in text for text in bold)
    assert not [span for span in letter.styles if span.style == "italic"]


def test_letter_parts(drawn):
    _, letter = drawn
    parts = letter.parts
    assert parts.letterhead.splitlines()[0] == "Ministry of Imaginary Affairs"
    assert parts.place == "Brussels"
    assert str(parts.date) == "2025-10-21"
    assert parts.salutation == "Dear Minister"
    assert parts.closing == CLOSING.rstrip(",")
    assert parts.signatory == SIGNATORY
    assert parts.signatory_title == SIGNATORY_TITLE
    assert parts.has_signature_image is True
    assert letter.body.startswith("Migration patterns")
    assert letter.body.endswith("this week.")
    assert letter.format == "pdf" and len(letter.pages) == drawn[0].pages


@pytest.mark.parametrize("word", ["Europol,", "Talent", "Tunisia,", "counter-smuggling", "Statement"])
def test_char_box_map_finds_where_a_word_was_drawn(drawn, word):
    source, letter = drawn
    expected = [w for w in source.words if w.text == word]
    found = [m.start() for m in re.finditer(re.escape(word), letter.body)]
    assert expected and len(found) == len(expected)
    for drawn_word, start in zip(expected, found):
        boxes = locate(letter, start, start + len(word))
        assert len(boxes) == 1
        page, box = boxes[0]
        assert page == drawn_word.page
        assert abs(box.x0 - drawn_word.x0) < 1.0 and abs(box.x1 - drawn_word.x1) < 1.0
        assert box.top < (drawn_word.top + drawn_word.bottom) / 2 < box.bottom


def test_every_body_character_maps_to_a_line(drawn):
    _, letter = drawn
    covered = bytearray(len(letter.body))
    for line in letter.lines:
        assert len(line.char_x0) == line.end - line.start == len(line.char_x1)
        covered[line.start : line.end] = b"\x01" * (line.end - line.start)
    uncovered = {letter.body[i] for i in range(len(letter.body)) if not covered[i]}
    assert uncovered <= {" ", "\n"}


def test_locate_spans_two_lines_for_a_phrase_across_a_line_break(drawn):
    _, letter = drawn
    line = letter.lines[0]
    boxes = locate(letter, line.end - 3, line.end + 4)
    assert len(boxes) == 2 and boxes[0][1].top < boxes[1][1].top


def test_seed_text_letter(tmp_path):
    from shared_paths import SEED_TEXT, require_shared

    seed = require_shared(SEED_TEXT)
    letter = read_letter(seed)
    parts = letter.parts
    assert (parts.place, str(parts.date), parts.salutation) == ("Brussels", "2025-10-21", "Dear colleagues")
    assert (parts.closing, parts.signatory, parts.has_signature_image) == (
        "Yours sincerely",
        "Ursula von der Leyen",
        True,
    )
    assert "*" not in letter.body and "signature" not in letter.body
    assert letter.body.startswith("Migration patterns") and letter.body.endswith("this week.")
    assert "from North African countries" in letter.body  # a paragraph cut by the original's page break
    bold = [letter.body[s.start : s.end] for s in letter.styles if s.style == "bold"]
    assert "Pact on Migration and Asylum" in bold and "Morocco" in bold
    italic = [s for s in letter.styles if s.style == "italic"]
    assert len(italic) == len(letter.paragraphs)
    assert letter.lines == [] and letter.format == "text"
    assert locate(letter, 0, 9) == []


def test_footnote_marks_dropped_and_footnotes_moved_after_the_body(tmp_path):
    """A raised footnote mark would glue to its word; a footnote at the foot would cut the paragraph."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Dear colleagues,")
    y = 730
    for k in range(40):
        text = f"Line {k} of a paragraph about the Pact on Migration and Asylum"
        c.setFont("Helvetica", 11)
        c.drawString(72, y, text)
        if k == 3:
            c.setFont("Helvetica", 7)
            c.drawString(72 + c.stringWidth(text, "Helvetica", 11), y + 4, "1")
        y -= 14
    c.setFont("Helvetica", 8)
    c.drawString(72, 90, "1 Regulation (EU) 2024/1351 of the European Parliament and of the Council,")
    c.drawString(72, 80, "of 14 May 2024, on asylum and migration management.")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 770, "which goes on after the page break.")
    c.drawString(72, 740, "Yours sincerely,")
    c.drawString(72, 700, "A. Writer")
    c.showPage()
    c.save()
    letter = read_letter(path)
    paragraphs = letter.body.split("\n\n")
    assert (
        "Asylum1" not in letter.body
        and "Line 3 of a paragraph about the Pact on Migration and Asylum Line 4" in letter.body
    )
    assert paragraphs[0].endswith("Migration and Asylum which goes on after the page break.")
    assert paragraphs[-1] == (
        "1 Regulation (EU) 2024/1351 of the European Parliament and of the Council, "
        "of 14 May 2024, on asylum and migration management."
    )
    assert letter.parts.signatory == "A. Writer"


def test_side_by_side_blocks_read_column_by_column(tmp_path):
    """A sender block on the left and the date on the right of the same rows are not one line."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    for k, (left, right) in enumerate(
        [
            ("Office of the Envoy", "Bureau de l'Envoyé"),
            ("Avenue of Examples 5", "Avenue des Exemples 5"),
            ("Sometown", "Quelqueville"),
        ]
    ):
        c.drawString(72, 780 - 12 * k, left)
        c.drawString(330, 780 - 12 * k, right)
    c.setFont("Helvetica", 11)
    c.drawString(72, 720, "Mr. John Smith")
    c.drawRightString(523, 720, "Geneva, 3 March 2011")
    c.drawString(72, 706, "Permanent Mission of Nowhere")
    c.drawString(72, 670, "Dear Mr. Smith,")
    c.drawString(72, 645, "The body of the letter is one short paragraph.")
    c.drawString(72, 615, "Kind regards,")
    c.drawString(72, 580, "Jane Envoy")
    c.showPage()
    c.save()
    letter = read_letter(path)
    assert letter.parts.letterhead.splitlines()[:4] == [
        "Office of the Envoy",
        "Avenue of Examples 5",
        "Sometown",
        "Bureau de l'Envoyé",
    ]
    assert (letter.parts.place, str(letter.parts.date)) == ("Geneva", "2011-03-03")
    # The recipient's address under the date is text of the letter, not a part: it stays, first.
    assert letter.body == "Permanent Mission of Nowhere\n\nThe body of the letter is one short paragraph."
    assert (letter.parts.closing, letter.parts.signatory) == ("Kind regards", "Jane Envoy")


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_short_line_alone_at_a_page_foot_heads_the_next_page(tmp_path, engine):
    """A heading left alone at the foot of a page, in the body's font, stops short of the margin: it heads the
    paragraph atop the next page and is not joined to it as a paragraph cut by the break."""
    from reportlab.pdfgen import canvas

    from extractor.reading.options import ReadOptions

    filler = "The fund keeps its reserves in short-term deposits held with several banks of the region"
    path = tmp_path / "heading.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 770, "Dear colleagues,")
    y = 740
    for k in range(3):
        for _ in range(12):
            c.drawString(72, y, filler)
            y -= 14
        c.drawString(72, y, "and closes the paragraph here.")
        y -= 28
    c.drawString(72, y, "Support to fishing communities")
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 770, "Since the storm of last year, boats and nets have been replaced in three districts.")
    c.drawString(72, 740, "Yours sincerely,")
    c.drawString(72, 700, "A. Writer")
    c.showPage()
    c.save()
    letter = read_letter(path, options=ReadOptions(engine=engine, ocr="never"))
    assert "Support to fishing communities\n\nSince the storm of last year" in letter.body


def _letter_canvas(path, closing: str):
    """A reportlab canvas holding a short letter down to its closing (at y 656); the caller draws what follows."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 11)
    c.drawString(72, 770, "Dear colleagues,")
    for k in range(4):
        c.drawString(72, 740 - 14 * k, "The partners have agreed to extend the water programme in the two districts")
    c.drawString(72, 684, "for another three years, as the evaluation advised.")
    c.drawString(72, 656, closing)
    return c


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_signers_side_by_side_keep_their_lines_apart(tmp_path, engine):
    """Two signature blocks set side by side under the closing at the body's line pitch: the second signer's
    name, title and body are lines of their own, not one run-on paragraph ("Tom Second Head, Unit ...")."""
    from extractor.reading.options import ReadOptions

    path = tmp_path / "signers.pdf"
    c = _letter_canvas(path, "Yours faithfully,")
    left = ["Anna First", "Director", "Office for Rural Water"]
    right = ["Tom Second", "Head, Unit for Partnerships and Grants", "Office for Rural Water"]
    for k, (one, two) in enumerate(zip(left, right)):
        c.drawString(72, 628 - 14 * k, one)
        c.drawString(290, 628 - 14 * k, two)
    c.showPage()
    c.save()
    letter = read_letter(path, options=ReadOptions(engine=engine, ocr="never"))
    assert (letter.parts.signatory, letter.parts.signatory_title) == ("Anna First", "Director")
    assert "Tom Second\n\nHead, Unit for Partnerships and Grants\n\nOffice for Rural Water" in letter.body


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_signature_description_wrapped_onto_two_lines_is_no_signer(tmp_path, engine):
    """A text rendering's description of the signature, too long for one line, goes on in lower case on the
    next: that line is the description's end, and the name under it is the signer."""
    from extractor.reading.options import ReadOptions

    path = tmp_path / "described.pdf"
    c = _letter_canvas(path, "Kind regards,")
    c.drawString(72, 628, "A handwritten signature in dark ink, two tall loops joined by a wavy")
    c.drawString(72, 614, "line running to the right.")
    c.drawString(72, 586, "Anna First")
    c.showPage()
    c.save()
    letter = read_letter(path, options=ReadOptions(engine=engine, ocr="never"))
    assert (letter.parts.signatory, letter.parts.has_signature_image) == ("Anna First", True)
    assert "running to the right" not in letter.body


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_the_cyclic_collector_is_held_off_while_pdfium_reads_and_left_as_found(drawn, engine, monkeypatch):
    """pdfium's read runs with the collector off (its objects are young and live to the end); pdfplumber's with it on."""
    import gc

    from extractor.reading import pdf_layout
    from extractor.reading.options import ReadOptions

    seen = []
    paragraphs = pdf_layout.paragraphs
    monkeypatch.setattr(pdf_layout, "paragraphs", lambda pages: seen.append(gc.isenabled()) or paragraphs(pages))
    read_letter(drawn[0].path, options=ReadOptions(engine=engine))
    assert seen == [engine == "pdfplumber"] and gc.isenabled()
    gc.disable()
    try:
        read_letter(drawn[0].path, options=ReadOptions(engine=engine))
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_the_body_read_alone_is_read_letters_body(drawn, engine):
    """`letters text` reads the body alone (no line map, styles or paragraphs): line-end hyphens, page breaks and
    the letter's parts decided as read_letter decides them."""
    from extractor.reading.options import ReadOptions

    options = ReadOptions(engine=engine)
    assert read_body(drawn[0].path, options=options) == read_letter(drawn[0].path, options=options).body


def test_the_body_of_a_text_letter_read_alone_is_read_letters_body(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text(
        "Lisbon, 2 May 2024\n\nDear Minister,\n\nThe fund will pay EUR 4 million to the coastal towns for the re-\n"
        "building of their harbours.\n\nA second paragraph, and a self-\nevident close.\n\nYours faithfully,\n\nAna Reis\n",
        encoding="utf-8",
    )
    body = read_body(path)
    assert body == read_letter(path).body and "\n\n" in body and body.startswith("The fund")


def test_a_file_that_is_no_letter_is_refused_alike_when_the_body_is_read_alone(tmp_path):
    from extractor.errors import NotAPdf

    path = tmp_path / "notes.bin"
    path.write_bytes(b"\x00\x01 not a letter")
    for read in (read_letter, read_body):
        with pytest.raises(NotAPdf):
            read(path)
