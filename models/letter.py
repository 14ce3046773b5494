"""A letter's text and layout, as read from a PDF or a plain-text rendering."""

from __future__ import annotations

import datetime as dt
from array import array
from functools import partial
from typing import Annotated, Literal, Optional, Union

from pydantic import AfterValidator, BaseModel, Field, InstanceOf, PlainSerializer, WithJsonSchema


class BBox(BaseModel):
    """A rectangle on a page, in PDF points, origin top-left (pdfplumber's ``top``/``bottom``)."""

    x0: float
    top: float
    x1: float
    bottom: float


class PageOcr(BaseModel):
    """How a page was read by OCR: why, how well, and how its image was turned upright."""

    reason: Literal["no text layer", "garbage text layer", "asked"] = Field(
        description="why the page was read by OCR: it had no text layer, its text layer failed the "
        "dictionary test, or --ocr always"
    )
    engine: str = Field(description="the OCR engine and its version, e.g. 'tesseract 5.3.0'")
    languages: str = Field(description="the Tesseract languages read with, e.g. 'eng'")
    dpi: float = Field(description="the resolution the page was rendered at for OCR")
    words: int = Field(default=0, description="words read on the page")
    noise: int = Field(default=0, description="specks read as marks and left out (at most 2 marks, no letter or digit)")
    drawings: int = Field(
        default=0,
        description="short lines read with low confidence, kept as images (signatures, stamps), not as text",
    )
    confidence: Optional[float] = Field(default=None, description="mean word confidence, 0-1 (None: no word read)")
    rotation: int = Field(default=0, description="degrees clockwise the page was turned to read upright")
    skew: float = Field(default=0.0, description="degrees the image was turned to straighten its lines")
    text_layer_share: Optional[float] = Field(
        default=None, description="share of the text layer's words found in the dictionary (garbage text layer)"
    )


class PageInfo(BaseModel):
    """One page of the source document."""

    number: int = Field(description="1-based page number")
    width: float = 0.0
    height: float = 0.0
    has_text: bool = True
    ocr: Optional[PageOcr] = Field(default=None, description="set when the page's text was read by OCR")


class OcrWord(BaseModel):
    """A word of the body read by OCR, with the confidence the engine gave it."""

    start: int = Field(description="offset of the word's first character in the body")
    end: int = Field(description="offset one past its last character")
    confidence: float = Field(description="the OCR engine's confidence in the word, 0-1")


def _doubles(values: list[float]) -> array:
    return array("d", values)


# A line's char edges, held as an array('d') (8 bytes a value, no float object each, which the line map's ~170,000
# values of a long letter made, validated and copied): the reader makes them so, and a list of numbers (JSON's) is
# validated as floats and held so too; written as a list of numbers, so the JSON and its schema are a list's.
CharEdges = Annotated[
    Union[InstanceOf[array], Annotated[list[float], AfterValidator(_doubles)]],
    WithJsonSchema({"items": {"type": "number"}, "type": "array"}),
    PlainSerializer(list, return_type=list[float]),
]


class TextLine(BaseModel):
    """A run of body text laid out on one line of one page: maps body offsets back to the PDF."""

    start: int = Field(description="offset of the line's first character in LetterText.body")
    end: int = Field(description="offset one past the line's last character")
    page: int
    bbox: BBox
    char_x0: CharEdges = Field(default_factory=partial(array, "d"), description="x0 of each character in [start, end)")
    char_x1: CharEdges = Field(default_factory=partial(array, "d"), description="x1 of each character in [start, end)")


class StyleSpan(BaseModel):
    """A bold or italic span of the body text."""

    start: int
    end: int
    style: Literal["bold", "italic"]


class Paragraph(BaseModel):
    """A paragraph of the body, joined across page breaks."""

    start: int
    end: int
    pages: list[int] = Field(default_factory=list)


class LetterParts(BaseModel):
    """The conventional parts of a letter, outside its body."""

    letterhead: Optional[str] = None
    place: Optional[str] = None
    date: Optional[dt.date] = None
    date_text: Optional[str] = None
    month: Optional[str] = Field(
        default=None,
        description="the month of a date line that names no day (EDTF YYYY-MM, 'Helsinki, February 2024'), "
        "when no line names a day",
        pattern=r"^\d{4}-\d{2}$",
    )
    salutation: Optional[str] = None
    closing: Optional[str] = None
    signatory: Optional[str] = None
    signatory_title: Optional[str] = None
    has_signature_image: bool = False
    heading: Optional[str] = Field(
        default=None,
        description="the lines over the date line that read as text (a title, a lede), not as a letterhead: "
        "they open the body too",
    )
    source_lines: dict[str, list[str]] = Field(
        default_factory=dict,
        description="the lines each part was read from, as written, by part: letterhead, date, place, salutation, "
        "closing, signature, signatory, title (every other line of the letter is in the body)",
    )


class LetterText(BaseModel):
    """The reconstructed text of one letter with its layout and its map back to the source."""

    source: str = Field(description="path of the file read")
    sha256: str = Field(description="sha256 of the file's bytes")
    format: Literal["pdf", "text"]
    producer: Optional[str] = Field(default=None, description="the PDF's Producer/Creator, if any")
    pages: list[PageInfo] = Field(default_factory=list)
    parts: LetterParts = Field(default_factory=LetterParts)
    body: str = Field(description="the body: paragraphs separated by a blank line")
    paragraphs: list[Paragraph] = Field(default_factory=list)
    styles: list[StyleSpan] = Field(default_factory=list)
    lines: list[TextLine] = Field(default_factory=list, description="empty for plain-text input")
    ocr_words: list[OcrWord] = Field(
        default_factory=list, description="every body word read by OCR with its confidence (empty: no page was)"
    )
