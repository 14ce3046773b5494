"""Pages read by OCR: rendered by pypdfium2, turned upright, straightened, read by Tesseract.

Tesseract (through pytesseract, which runs Debian's `tesseract` binary) gives words with boxes and
confidences as hOCR. Each word becomes pdfplumber-style char dicts on its line's band, so the words
go through the very stages a PDF's characters go through: `pdf_lines` (lines, columns),
`pdf_layout` (headers, footers, paragraphs) and `letter_parts`. After the body is assembled, every
body character is mapped back to the word it came from, so each OCR word keeps its confidence
(`LetterText.ocr_words`). Which pages are read this way is decided by `ocr_reason`, an ordered rule
table: `--ocr always`, no text layer, or a garbage text layer (too few dictionary words).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from extractor.errors import OcrFailed, OcrTimedOut, OcrUnavailable, TooLarge
from extractor.reading.letter_parts import RawLine
from extractor.reading.options import ReadOptions
from extractor.reference.english import english_words
from models.letter import OcrWord, PageOcr, TextLine

DEFAULT_DPI = 300  # Tesseract reads best with capitals ~30 px high: 300 dpi for 10-12 pt text
DEFAULT_MAX_PAGE_PIXELS = 40_000_000  # a page rendered larger is rendered at a lower resolution (memory)
DEFAULT_MIN_DPI = 100  # below this the text of a huge page is too small to read: refused, not guessed
DEFAULT_PAGE_TIMEOUT_S = 120.0  # one page's OCR (all Tesseract runs); a normal page takes 2-10 s here
DEFAULT_MIN_INK = 0.0005  # share of dark pixels below which a rendered page is blank: nothing for Tesseract
DEFAULT_DESPECKLE = 3  # px: size of the median filter run over the page before reading (0: none)
DEFAULT_MAX_SKEW = 5.0  # degrees: the straightening searches this far either way
DEFAULT_SKEW_STEP = 0.2  # degrees, the coarse search
DEFAULT_SKEW_FINE_STEP = 0.02  # degrees, the fine search around the coarse best
DEFAULT_SKEW_SAMPLE_WIDTH = 1000  # px: the skew is measured on the page shrunk to this width
DEFAULT_MIN_SKEW = 0.05  # degrees: a smaller skew is left alone (rotating blurs the image)
DEFAULT_DOUBTFUL_CONFIDENCE = 0.6  # a page read with a lower mean confidence is checked for orientation
DEFAULT_MIN_ORIENTATION_CONFIDENCE = 1.5  # Tesseract's OSD confidence needed to turn a page
DEFAULT_NOISE_CHARS = 2  # a run of at most this many marks without a letter or digit is a speck, not a word
# A line of at most this many words, each read with a confidence below this, is a drawing (a
# signature, a stamp): handwriting read as letters ("MMA" at 0.46 for a signed name). It becomes an
# image on the page, as a PDF's signature image does, so the letter parts see a signature there.
DEFAULT_DRAWING_CONFIDENCE = 0.6
DEFAULT_DRAWING_WORDS = 3
DEFAULT_LOW_CONFIDENCE = 0.6  # words below this are marked as doubtful in `show --html` and records
# A text layer with fewer English dictionary words than this share is garbage. Measured on the
# pages of 80 real-world and test PDFs: English 0.55-1.0, French and German 0.24-0.64, Latin
# lorem ipsum 0.1-0.19, a broken font encoding ("Agaaaaa: AAAA AAA/Aaabaaab") 0.09.
DEFAULT_MIN_DICTIONARY_SHARE = 0.2
DEFAULT_MIN_LATIN_SHARE = 0.5  # a page whose letters are mostly of another script (CJK) is not judged
DEFAULT_MIN_TEST_WORDS = 12  # a text layer with fewer Latin-script words is not judged by the dictionary
DEFAULT_MIN_JUNK_CHARS = 200  # ...but one with this many characters, hardly any of them letters, is junk
DEFAULT_MIN_LETTER_SHARE = 0.3  # letters (any script) among a text layer's visible characters
DEFAULT_SIZE_PER_X_SIZE = 1.0  # Tesseract's line x_size in px is the font size in px (measured: 46 for 11 pt)
LINE_CLASSES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
ENGINE_NAME = "tesseract"

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")  # Latin-script words: the dictionary judges only these
_HAS_ALNUM = re.compile(r"\w")
_MISSING_LANGUAGE = re.compile(r"Failed loading language '([^']+)'")


@dataclass
class OcrWordBox:
    """A word read by OCR: where it stands on its page (points, top-left origin) and its confidence."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float


@dataclass
class PageRead:
    """One page as OCR read it: its lines for the layout stages, its words, and how it was read."""

    lines: list[RawLine]
    height: float
    width: float
    chars: int
    info: PageOcr
    words: list[OcrWordBox] = field(default_factory=list)
    images: list[RawLine] = field(default_factory=list)


def text_layer_share(lines: list[RawLine], judged: Optional[dict[str, bool]] = None) -> Optional[float]:
    """Share of a text layer's words that the dictionary knows (None when too few words to judge).

    A text layer with few Latin-script words but many characters, hardly any of them letters of
    any script, is glyph codes without a Unicode mapping: its share is 0. judged: the dictionary's answer for
    each word already asked, kept by the caller across a letter's pages (whose words are mostly the same).
    """
    # The page's text at once (no word runs over a line break), its chars counted by str methods mapped in C.
    text = "\n".join(line.text for line in lines)
    words = list(map(str.lower, _WORD.findall(text)))
    dictionary = english_words()
    if len(words) < DEFAULT_MIN_TEST_WORDS or dictionary is None:
        visible = len(text) - sum(map(str.isspace, text))  # counted only here: most pages have words to judge
        if visible >= DEFAULT_MIN_JUNK_CHARS and _letters(text) < DEFAULT_MIN_LETTER_SHARE * visible:
            return 0.0
        return None
    latin = sum(map(len, words))
    # The page's letters are at most its chars: a page whose Latin words fill that share of its chars needs no count.
    if latin < DEFAULT_MIN_LATIN_SHARE * len(text) and latin < DEFAULT_MIN_LATIN_SHARE * _letters(text):
        return None  # Chinese with a few Latin names: not for an English dictionary to judge
    judged = {} if judged is None else judged
    new = {word for word in words if word not in judged}
    if new:
        known = dictionary.known(new)  # each distinct word asked once: a page repeats most of its words
        judged.update((word, word in known) for word in new)
    return sum(map(judged.__getitem__, words)) / len(words)


def _letters(text: str) -> int:
    """How many of text's chars are letters of any script (no space is one)."""
    return sum(map(str.isalpha, text))


def ocr_reason(
    mode: str, lines: list[RawLine], has_text: bool, judged: Optional[dict[str, bool]] = None
) -> tuple[Optional[str], Optional[float]]:
    """Why a page must be read by OCR (None: its text layer is read) and the text layer's dictionary share.

    The rules, in order: --ocr never reads no page by OCR; --ocr always reads every page by OCR;
    a page without a text layer is read by OCR; so is one whose text layer is mostly not words.
    judged: the dictionary's answers kept across a letter's pages (text_layer_share).
    """
    if mode == "never":
        return None, None
    if mode == "always":
        return "asked", None
    if not has_text:
        return "no text layer", None
    share = text_layer_share(lines, judged)
    if share is not None and share < DEFAULT_MIN_DICTIONARY_SHARE:
        return "garbage text layer", share
    return None, share


@functools.lru_cache(maxsize=1)
def _tesseract() -> tuple[object, str, frozenset]:
    """pytesseract, the engine's name and version, and its installed languages (raises ImportError or OSError)."""
    import pytesseract

    try:
        version = str(pytesseract.get_tesseract_version()).split()[0]
        languages = frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError:
        raise OSError("the tesseract program is not installed") from None
    return pytesseract, f"{ENGINE_NAME} {version}", languages


def _engine(path: Path, page: int, why: str, languages: str):
    """pytesseract and the engine's name, or OcrUnavailable saying what is missing and how to install it."""
    try:
        import pypdfium2  # noqa: F401 - pages are rendered with it
    except ImportError:
        raise OcrUnavailable(path, page=page, why=why, missing="pypdfium2 is not installed") from None
    try:
        module, engine, installed = _tesseract()
    except ImportError:
        raise OcrUnavailable(path, page=page, why=why, missing="pytesseract is not installed") from None
    except OSError as error:
        raise OcrUnavailable(path, page=page, why=why, missing=str(error)) from None
    missing = [code for code in languages.split("+") if code not in installed]
    if missing:
        names = ", ".join(missing)
        raise OcrUnavailable(path, page=page, why=why, missing=f"Tesseract has no data for language(s) {names}")
    return module, engine


def skew_angle(image) -> float:
    """Degrees to turn the image counter-clockwise so that its text lines lie level (projection profiles)."""
    import numpy as np

    width, height = image.size
    scale = min(1.0, DEFAULT_SKEW_SAMPLE_WIDTH / max(width, 1))
    small = image.resize((max(1, int(width * scale)), max(1, int(height * scale))))
    pixels = np.asarray(small, dtype=np.uint8)
    ys, xs = np.nonzero(pixels < 128)
    if len(xs) < 100:
        return 0.0
    xs = xs.astype(np.float64) - pixels.shape[1] / 2
    ys = ys.astype(np.float64)

    def sharpness(angle: float) -> float:
        # Ink sheared by the angle: level lines make tall, narrow peaks in the row histogram.
        rows = np.round(ys - xs * math.tan(math.radians(angle))).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.square(np.diff(counts.astype(np.float64))).sum())

    coarse = np.arange(-DEFAULT_MAX_SKEW, DEFAULT_MAX_SKEW + DEFAULT_SKEW_STEP / 2, DEFAULT_SKEW_STEP)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - DEFAULT_SKEW_STEP, best + DEFAULT_SKEW_STEP, DEFAULT_SKEW_FINE_STEP)
    return float(max(fine, key=sharpness))


def _title(element) -> dict[str, list[str]]:
    """An hOCR title attribute ("bbox 1 2 3 4; x_wconf 96") as {key: values}."""
    found = {}
    for part in (element.get("title") or "").split(";"):
        bits = part.split()
        if bits:
            found[bits[0]] = bits[1:]
    return found


def _hocr_lines(hocr: str) -> list[tuple[tuple[float, ...], float, list[tuple[str, tuple[float, ...], float]]]]:
    """Tesseract's hOCR as lines: (line box, x_size, [(word text, word box, confidence 0-1)]), in px."""
    import xml.etree.ElementTree as ElementTree  # here: every PDF's read imports this module, few read by OCR

    root = ElementTree.fromstring(hocr)
    lines = []
    for element in root.iter():
        if element.get("class") not in LINE_CLASSES:
            continue
        title = _title(element)
        box = tuple(float(v) for v in title.get("bbox", [0, 0, 0, 0]))
        x_size = float(title.get("x_size", [box[3] - box[1]])[0])
        words = []
        for child in element.iter():
            if child.get("class") != "ocrx_word":
                continue
            text = "".join(child.itertext()).strip()
            word_title = _title(child)
            if not text or "bbox" not in word_title:
                continue
            confidence = float(word_title.get("x_wconf", ["0"])[0]) / 100
            words.append((text, tuple(float(v) for v in word_title["bbox"]), confidence))
        if words:
            lines.append((box, x_size, words))
    return lines


def _is_noise(text: str) -> bool:
    """A speck of dust read as a mark: short, without a letter or digit ("I" and "a" are words)."""
    return len(text) <= DEFAULT_NOISE_CHARS and not _HAS_ALNUM.search(text)


def _is_drawing(words) -> bool:
    """A short line read with low confidence: handwriting or a stamp, not text."""
    return len(words) <= DEFAULT_DRAWING_WORDS and max(c for _t, _b, c in words) < DEFAULT_DRAWING_CONFIDENCE


def words_to_chars(lines, number: int, scale: float) -> tuple[list[dict], list[OcrWordBox], int, list[RawLine]]:
    """Char dicts for the words (spaces between them), the word boxes, the specks left out, and drawings as images."""
    chars: list[dict] = []
    boxes: list[OcrWordBox] = []
    drawings: list[RawLine] = []
    noise = 0
    for box, x_size, words in lines:
        if _is_drawing(words):
            page_box = tuple(value * scale for value in box)
            drawings.append(RawLine(text="", page=number, bbox=page_box, is_image=True))
            continue
        # Every char of a line stands on the line's band, so the line builder keeps the line whole.
        top, bottom = box[1] * scale, box[3] * scale
        size = max(x_size * scale * DEFAULT_SIZE_PER_X_SIZE, 1.0)
        previous = None
        for text, (wx0, _wtop, wx1, _wbottom), confidence in words:
            if _is_noise(text):
                noise += 1
                continue
            x0, x1 = wx0 * scale, max(wx1 * scale, wx0 * scale + 0.1)
            if previous is not None:
                chars.append(_char(" ", previous, max(previous, x0), top, bottom, size))
            step = (x1 - x0) / len(text)
            for k, ch in enumerate(text):
                chars.append(_char(ch, x0 + k * step, x0 + (k + 1) * step, top, bottom, size))
            boxes.append(OcrWordBox(page=number, x0=x0, top=top, x1=x1, bottom=bottom, confidence=confidence))
            previous = x1
    return chars, boxes, noise, drawings


def _char(text: str, x0: float, x1: float, top: float, bottom: float, size: float) -> dict:
    return {
        "text": text,
        "fontname": "OCR",
        "size": size,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "matrix": (1, 0, 0, 1, 0, 0),
        "non_stroking_color": (0,),
        "ncs": "DeviceGray",
    }


class PageOcrReader:
    """Reads pages of one PDF by OCR; opens the PDF with pypdfium2 only when a page needs it."""

    def __init__(self, path: Path, password: Optional[str], options: ReadOptions) -> None:
        self.path, self.password, self.options = path, password, options
        self._document = None

    def __enter__(self) -> "PageOcrReader":
        return self

    def __exit__(self, *exc) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def _page(self, number: int):
        import pypdfium2

        if self._document is None:
            try:
                self._document = pypdfium2.PdfDocument(str(self.path), password=self.password)
            except pypdfium2.PdfiumError as error:
                raise OcrFailed(self.path, page=number, reason=f"pdfium cannot open the file: {error}") from None
        return self._document[number - 1]

    def read(self, number: int, why: str, share: Optional[float] = None) -> PageRead:
        """Read page `number` (1-based) by OCR: render, straighten, read, turn upright if doubtful."""
        tesseract, engine = _engine(self.path, number, why, self.options.ocr_languages)
        deadline = time.monotonic() + DEFAULT_PAGE_TIMEOUT_S
        image, dpi = self._render(number)
        if image is None:  # nothing drawn, or no ink: no words, and no Tesseract run to wait for
            info = PageOcr(reason=why, engine=engine, languages=self.options.ocr_languages, dpi=round(dpi, 1))
            return PageRead([], 0.0, 0.0, 0, info, [])
        rotation = 0
        skew = self._straighten_angle(image)
        lines = self._recognise(tesseract, image.rotate(skew, fillcolor=255) if skew else image, dpi, number, deadline)
        confidence = _mean(lines)
        if confidence is None or confidence < DEFAULT_DOUBTFUL_CONFIDENCE:
            # Few or doubtful words: the page may be sideways or upside down. Ask Tesseract's OSD.
            turn = self._orientation(tesseract, image, dpi, number, deadline)
            if turn:
                upright = image.rotate(-turn, expand=True, fillcolor=255)
                turned_skew = self._straighten_angle(upright)
                straight = upright.rotate(turned_skew, fillcolor=255) if turned_skew else upright
                turned = self._recognise(tesseract, straight, dpi, number, deadline)
                turned_confidence = _mean(turned)
                if turned_confidence is not None and (confidence is None or turned_confidence > confidence):
                    lines, confidence, rotation, skew, image = turned, turned_confidence, turn, turned_skew, upright
        scale = 72.0 / dpi
        width, height = image.size[0] * scale, image.size[1] * scale
        chars, words, noise, drawings = words_to_chars(lines, number, scale)
        from extractor.reading.pdf_lines import lines_from_chars

        raw_lines, upright_height = lines_from_chars(chars, number, width, height)
        info = PageOcr(
            reason=why,
            engine=engine,
            languages=self.options.ocr_languages,
            dpi=round(dpi, 1),
            words=len(words),
            noise=noise,
            drawings=len(drawings),
            confidence=round(sum(w.confidence for w in words) / len(words), 3) if words else None,
            rotation=rotation,
            skew=round(skew, 2),
            text_layer_share=round(share, 3) if share is not None else None,
        )
        return PageRead(raw_lines, upright_height, width, len(chars), info, words, drawings)

    def _render(self, number: int):
        """The page as a grey PIL image (None: blank) and the resolution it was rendered at (lower for huge pages)."""
        import pypdfium2.raw as pdfium

        page = self._page(number)
        try:
            if pdfium.FPDFPage_CountObjects(page.raw) == 0:
                return None, float(DEFAULT_DPI)  # a page that draws nothing
            width, height = page.get_size()
            dpi = float(DEFAULT_DPI)
            pixels = width * height * (dpi / 72) ** 2
            if pixels > DEFAULT_MAX_PAGE_PIXELS:
                dpi *= math.sqrt(DEFAULT_MAX_PAGE_PIXELS / pixels)
                if dpi < DEFAULT_MIN_DPI:
                    size = f"{width / 72:.0f} × {height / 72:.0f} inches"
                    raise TooLarge(
                        self.path, what=f"page {number} for OCR", size=size, limit="a page readable at 100 dpi"
                    )
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            image = bitmap.to_pil().convert("L")
            if DEFAULT_DESPECKLE:
                from PIL import ImageFilter

                # Specks of dust and toner become stray marks and split words; a 3 px median removes them.
                image = image.filter(ImageFilter.MedianFilter(DEFAULT_DESPECKLE))
        finally:
            page.close()
        if _ink(image) < DEFAULT_MIN_INK:
            return None, dpi
        return image, dpi

    def _straighten_angle(self, image) -> float:
        angle = skew_angle(image)
        return angle if abs(angle) >= DEFAULT_MIN_SKEW else 0.0

    def _run(self, call, number: int, deadline: float):
        """One Tesseract run within what is left of the page's time; its errors as one-line LettersErrors."""
        tesseract = _tesseract()[0]
        left = deadline - time.monotonic()
        if left <= 0:
            raise OcrTimedOut(self.path, page=number, seconds=f"{DEFAULT_PAGE_TIMEOUT_S:g}")
        try:
            return call(left)
        except tesseract.TesseractError as error:  # a RuntimeError too: caught first
            message = " ".join(str(error.message or error).split())
            missing = _MISSING_LANGUAGE.search(message)
            if missing:
                raise OcrUnavailable(
                    self.path, page=number, why="OCR", missing=f"Tesseract has no data for {missing.group(1)}"
                ) from None
            raise OcrFailed(self.path, page=number, reason=message[:160]) from None
        except RuntimeError as error:  # pytesseract's own "Tesseract process timeout"
            if "timeout" in str(error).lower():
                raise OcrTimedOut(self.path, page=number, seconds=f"{DEFAULT_PAGE_TIMEOUT_S:g}") from None
            raise

    def _recognise(self, tesseract, image, dpi: float, number: int, deadline: float):
        config = f"--dpi {int(round(dpi))} --psm 3"
        hocr = self._run(
            lambda left: tesseract.image_to_pdf_or_hocr(
                image, lang=self.options.ocr_languages, extension="hocr", config=config, timeout=left
            ),
            number,
            deadline,
        )
        from xml.etree.ElementTree import ParseError

        try:
            return _hocr_lines(hocr.decode("utf-8", errors="replace") if isinstance(hocr, bytes) else hocr)
        except ParseError as error:
            raise OcrFailed(self.path, page=number, reason=f"unreadable hOCR: {error}") from None

    def _orientation(self, tesseract, image, dpi: float, number: int, deadline: float) -> int:
        """Degrees clockwise to turn the page upright, by Tesseract's OSD (0 when unsure or too little text)."""
        config = f"--psm 0 --dpi {int(round(dpi))}"
        try:
            found = self._run(
                lambda left: tesseract.image_to_osd(
                    image, config=config, output_type=tesseract.Output.DICT, timeout=left
                ),
                number,
                deadline,
            )
        except OcrFailed:
            return 0  # "Too few characters": nothing to turn
        if float(found.get("orientation_conf", 0)) < DEFAULT_MIN_ORIENTATION_CONFIDENCE:
            return 0
        return int(found.get("rotate", 0)) % 360


def _ink(image) -> float:
    """Share of dark pixels on a page image, measured on a small copy."""
    import numpy as np

    width, height = image.size
    scale = min(1.0, DEFAULT_SKEW_SAMPLE_WIDTH / max(width, 1))
    small = np.asarray(image.resize((max(1, int(width * scale)), max(1, int(height * scale)))), dtype=np.uint8)
    return float((small < 128).mean()) if small.size else 0.0


def _mean(lines) -> Optional[float]:
    confidences = [confidence for _box, _size, words in lines for _text, _b, confidence in words]
    return sum(confidences) / len(confidences) if confidences else None


def word_spans(lines: list[TextLine], words: list[OcrWordBox]) -> list[OcrWord]:
    """Each OCR word's span in the body, found by where the body's characters stand on the page."""
    by_page: dict[int, list[OcrWordBox]] = {}
    for word in words:
        by_page.setdefault(word.page, []).append(word)
    spans: list[OcrWord] = []
    for line in lines:
        candidates = by_page.get(line.page)
        if not candidates or not line.char_x0:
            continue
        middle = (line.bbox.top + line.bbox.bottom) / 2
        on_line = [w for w in candidates if w.top <= middle <= w.bottom]
        current: Optional[OcrWordBox] = None
        for k, (x0, x1) in enumerate(zip(line.char_x0, line.char_x1)):
            centre = (x0 + x1) / 2
            word = next((w for w in on_line if w.x0 <= centre <= w.x1), None)
            offset = line.start + k
            if word is not None and word is current and spans and spans[-1].end == offset:
                spans[-1].end = offset + 1
            elif word is not None:
                spans.append(OcrWord(start=offset, end=offset + 1, confidence=round(word.confidence, 3)))
            current = word
    return spans


def low_confidence(words: list[OcrWord], threshold: float = DEFAULT_LOW_CONFIDENCE) -> list[OcrWord]:
    """The OCR words read with a confidence below the threshold."""
    return [word for word in words if word.confidence < threshold]


def span_confidence(words: list[OcrWord], start: int, end: int) -> Optional[float]:
    """The lowest confidence of the OCR words overlapping body[start:end] (None: none was read by OCR)."""
    index = max(0, bisect.bisect_right([word.start for word in words], start) - 1)
    found = []
    for word in words[index:]:
        if word.start >= end:
            break
        if word.end > start:
            found.append(word.confidence)
    return min(found) if found else None
