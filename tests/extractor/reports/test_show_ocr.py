"""`show --html` marks the words read by OCR with low confidence, inside and outside entities, as text."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from browser import dump_dom, require_chromium
from test_show import BODY, EVIL_SCRIPT, FOUND, make

from extractor.reports.show import SENTINEL_CLOSE, SENTINEL_OPEN, render_html
from models.letter import OcrWord


class _Marks(HTMLParser):
    """The text and title of every <mark class="letters-doubtful"> in a page."""

    def __init__(self):
        super().__init__()
        self.marks, self._open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark" and attrs.get("class") == "letters-doubtful":
            self._open = [attrs.get("title"), ""]

    def handle_data(self, data):
        if self._open is not None:
            self._open[1] += data

    def handle_endtag(self, tag):
        if tag == "mark" and self._open is not None:
            self.marks.append((self._open[0], " ".join(self._open[1].split())))
            self._open = None


def _word(body: str, text: str, confidence: float) -> OcrWord:
    start = body.index(text)
    return OcrWord(start=start, end=start + len(text), confidence=confidence)


def _marks(page: str) -> list:
    parser = _Marks()
    parser.feed(page)
    return [mark for mark in parser.marks if mark[0]]  # the legend's sample has no title


def test_doubtful_words_are_marked_inside_and_outside_entities():
    extraction = make(BODY, FOUND)
    extraction.low_confidence = [
        _word(BODY, "Türkiye", 0.42),  # an entity
        _word(BODY, "Pressures", 0.31),  # plain text in a paragraph with entities
        _word(BODY, "second", 0.5),  # plain text
    ]
    marks = _marks(render_html(extraction))
    # Each word's confidence is in the records (low_confidence); the page says what the mark means.
    assert sorted(text for _title, text in marks) == ["Pressures", "Türkiye", "second"]
    assert {title for title, _text in marks} == {"read by OCR with low confidence"}
    assert "read by OCR with low confidence" in render_html(extraction)  # the legend says what the mark means
    assert "read by OCR with low confidence" not in render_html(make(BODY, FOUND))  # no OCR, no legend entry


def test_a_doubtful_word_of_markup_stays_text():
    body = f"Aid to Libya {EVIL_SCRIPT} rose sharply."
    extraction = make(body, [("country", "Libya", "LBY")])
    extraction.low_confidence = [_word(body, EVIL_SCRIPT.split()[0], 0.2)]
    page = render_html(extraction)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert [text for _title, text in _marks(page)] == [EVIL_SCRIPT.split()[0]]


def test_the_letters_own_mark_sentinels_never_become_markup():
    open_mark, close_mark = SENTINEL_OPEN["mark"], SENTINEL_CLOSE["mark"]
    body = f"Aid to Libya rose{open_mark}<b>{close_mark} sharply."
    extraction = make(body, [("country", "Libya", "LBY")])
    extraction.low_confidence = [_word(body, "sharply", 0.2)]
    page = render_html(extraction)
    # The paragraph holding them is shown as plain escaped text: no mark, no tag from the letter.
    assert "<b>" not in page and "&lt;b&gt;" in page
    assert _marks(page) == []


@pytest.mark.slow
def test_marks_render_in_chromium(tmp_path):
    require_chromium()
    extraction = make(BODY, FOUND)
    extraction.low_confidence = [_word(BODY, "Libya", 0.3)]
    page = tmp_path / "letter.html"
    page.write_text(render_html(extraction), encoding="utf-8")
    dom = dump_dom(page)
    assert '<mark class="letters-doubtful" title="read by OCR with low confidence">Libya</mark>' in dom.replace(
        "\n", ""
    )
    assert "<pwned" not in dom
