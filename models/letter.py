"""A letter's text and layout, as read from a PDF or a plain-text rendering."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, Field


class BBox(BaseModel):
    """A rectangle on a page, in PDF points, origin top-left (pdfplumber's ``top``/``bottom``)."""

    x0: float
    top: float
    x1: float
    bottom: float


class PageInfo(BaseModel):
    """One page of the source document."""

    number: int = Field(description="1-based page number")
    width: float = 0.0
    height: float = 0.0
    has_text: bool = True


class TextLine(BaseModel):
    """A run of body text laid out on one line of one page: maps body offsets back to the PDF."""

    start: int = Field(description="offset of the line's first character in LetterText.body")
    end: int = Field(description="offset one past the line's last character")
    page: int
    bbox: BBox
    char_x0: list[float] = Field(default_factory=list, description="x0 of each character in [start, end)")
    char_x1: list[float] = Field(default_factory=list, description="x1 of each character in [start, end)")


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
    salutation: Optional[str] = None
    closing: Optional[str] = None
    signatory: Optional[str] = None
    signatory_title: Optional[str] = None
    has_signature_image: bool = False
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
