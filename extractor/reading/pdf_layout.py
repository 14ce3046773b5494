"""From the lines of every page to the letter's paragraphs: running headers and footers dropped,
paragraphs found from gaps, indents and font changes, and joined again across page breaks."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import median

from extractor.reading.letter_parts import (
    Block,
    RawLine,
    continues,
    ends_sentence,
    follows_list_item,
    is_closing,
    is_copy_line,
    is_salutation,
    starts_list_item,
)
from extractor.reading.pdf_lines import recut_rows, table_columns
from extractor.reference.casing import TITLE_SMALL_WORDS
from extractor.reference.marks import ITEM_MARK

DEFAULT_BAND = 0.12  # top and bottom share of a page where running headers and footers live
DEFAULT_EDGE_LINES = 3  # only this many lines at the top or bottom of a page can be a header or footer
DEFAULT_REPEAT_SHARE = 0.5  # a band line on at least this share of the pages (and 2 of them) is running
DEFAULT_FURNITURE_GAP = 0.6  # × font size: a header or footer is set apart from the text by more than a line gap
DEFAULT_SMALL_FOOTER = 0.85  # a bottom-band line set this much smaller than the body is a footer
DEFAULT_FOOTNOTE_SIZE = 0.9  # footnotes are set at most this × the body's font size
DEFAULT_PARAGRAPH_GAP = 1.3  # a line pitch this many times the usual one starts a paragraph
DEFAULT_PITCH_PERCENTILE = 0.25  # the usual line pitch: low enough to ignore paragraph gaps
DEFAULT_PITCH_RATIO = 1.2  # line pitch / font size taken as usual when no page has two lines
DEFAULT_RIGHT_MARGIN_PERCENTILE = 0.9  # the text's right margin: most lines reach it, a few long ones pass it
DEFAULT_INDENT = 1.0  # a first line indented by this × font size starts a paragraph
DEFAULT_CENTRED = 0.25  # × font size: lines whose middles agree this closely are centred (a title), not indented
DEFAULT_SHORT_LINE = 0.3  # a sentence ending this share of the text width short of the margin ends a paragraph
DEFAULT_SIZE_CHANGE = 1.0  # points: a change of font size starts a paragraph (a heading)
DEFAULT_PAGE_JOIN_MIN_WORDS = 4  # a paragraph cut by a page break is at least this long
DEFAULT_SPACE_WIDTH = 0.25  # × font size: a space's width, which a word set after a line's end needs too
DEFAULT_MARGIN_OVERRUN = 0.5  # × font size: how far past the text's right margin a line may still reach
# × font size: a wrapped line ends at most this far short of the right margin (a long word's width); a line
# further short that the next word would not have fitted is as likely a long line of its own
DEFAULT_WRAP_REACH = 3.0

_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|•·.\[\](]*((page|p\.|pg\.?|seite|página|pagina)\s*)?(\d{1,3}|[ivxlc]{1,6})"
    r"(\s*(of|/|von|de|sur|di|-)\s*\d{1,3})?[\s\-–—|•·.\[\])]*$",
    re.I,
)
_FOOTNOTE = re.compile(r"^(\d{1,2}|[*†‡§])\s*[^\W\d]")
_PRINT_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}")
_URL = re.compile(r"\b(file|https?)://\S+")
_GLUED_DASH = re.compile(r"\w[-\u2010\u2013\u2014]$")
_COUNTER = re.compile(r"\b\d{1,4}\s*/\s*\d{1,4}\s*$")
_CONJUNCTIONS = frozenset({"and", "&"})  # words that join a name's last part to the rest


@dataclass
class PageLines:
    """What one page holds, as the layout needs it."""

    number: int
    lines: list[RawLine]
    images: list[RawLine]
    height: float  # the page's height in its reading direction


def _key(text: str) -> str:
    """A line's text with digits and spacing folded, so "Page 2 of 5" and "Page 3 of 5" match."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def is_page_furniture(text: str) -> bool:
    """True for text that is a page number or a browser's print header or footer."""
    text = text.strip()
    if _PAGE_NUMBER.match(text):
        return True
    if _PRINT_DATE.match(text) or _URL.search(text) and (_COUNTER.search(text) or len(text.split()) <= 3):
        return True
    return False


def drop_running(pages: list[PageLines]) -> None:
    """Remove running headers, footers and page numbers, found by position and repetition."""
    with_text = [page for page in pages if page.lines]
    sizes = [line.size for page in with_text for line in page.lines if line.size]
    body_size = median(sizes) if sizes else 0.0
    seen: dict[tuple[str, str], set[int]] = defaultdict(set)
    for page in with_text:
        for where, edge in (("top", page.lines), ("bottom", page.lines[::-1])):
            for line in _in_band(edge, where, page.height):
                seen[(where, _key(line.text))].add(page.number)
    needed = max(2, DEFAULT_REPEAT_SHARE * len(with_text))

    def furniture(line: RawLine, where: str) -> bool:
        if len(seen[(where, _key(line.text))]) >= needed or is_page_furniture(line.text):
            return True
        small = where == "bottom" and body_size and line.size < DEFAULT_SMALL_FOOTER * body_size
        return bool(small and not _FOOTNOTE.match(line.text))  # small print that is not a footnote

    for page in with_text:
        drop = set()
        for where, edge in (("top", page.lines), ("bottom", page.lines[::-1])):
            band = _in_band(edge, where, page.height)
            count = 0
            while count < len(band) and furniture(band[count], where):
                count += 1
            # A header or footer stands apart from the text; a repeated line in the text's flow is text.
            while count and count < len(edge):
                inner, following = edge[count - 1], edge[count]
                gap = following.box[1] - inner.box[3] if where == "top" else inner.box[1] - following.box[3]
                if gap > DEFAULT_FURNITURE_GAP * (inner.size or body_size or 1.0):
                    break
                count -= 1
            drop.update(id(line) for line in edge[:count])
        if drop:
            page.lines = [line for line in page.lines if id(line) not in drop]


def _in_band(edge: list[RawLine], where: str, height: float) -> list[RawLine]:
    """The lines at one edge of a page (ordered from the edge inward) that lie in its band."""
    band = DEFAULT_BAND * height
    found = []
    for line in edge[:DEFAULT_EDGE_LINES]:
        inside = line.box[1] < band if where == "top" else line.box[3] > height - band
        if not inside:
            break
        found.append(line)
    return found


def take_footnotes(pages: list[PageLines]) -> list[Block]:
    """Take the footnotes (small print at a page's foot, each starting with its mark) out of the text flow.

    They are returned as blocks, to follow the body, so that a paragraph running over the page
    break is not cut by them and their text is still there to be read.
    """
    sizes = [line.size for page in pages for line in page.lines if line.size]
    if not sizes:
        return []
    body_size = median(sizes)
    notes: list[Block] = []
    for page in pages:
        run = 0
        for line in reversed(page.lines):
            if line.size >= DEFAULT_FOOTNOTE_SIZE * body_size:
                break
            run += 1
        if not run or run == len(page.lines):
            continue
        foot = page.lines[-run:]
        start = next((k for k, line in enumerate(foot) if _FOOTNOTE.match(line.text)), None)
        if start is None:
            continue
        foot = foot[start:]
        above = page.lines[len(page.lines) - len(foot) - 1]
        if foot[0].box[1] - above.box[3] <= DEFAULT_FURNITURE_GAP * foot[0].size:
            continue  # small print in the flow of the text, not set apart as notes are
        page.lines = page.lines[: len(page.lines) - len(foot)]
        for line in foot:
            if _FOOTNOTE.match(line.text) or not notes:
                notes.append(Block([line]))
            else:
                notes[-1].lines.append(line)
    return notes


def split_tables(pages: list[PageLines]) -> None:
    """Give a table's rows left at a page's foot the columns of the rows that open the next page (a header alone
    there, "Country /  Window Amount  Focus" over "region  (USD)", is cut at them and its wrapped cells joined):
    a table continued over a page break keeps its columns, which a page's few lines alone may not show; and the
    rows opening the next page the columns of the rows at the foot, where those show more."""
    with_text = [page for page in pages if page.lines]
    for page, following in itertools.pairwise(with_text):
        foot = _row_run(page.lines[::-1])[::-1]
        head = _row_run(following.lines)
        if not foot or not head or any(line.frame not in (None, line.bbox) for line in foot):
            continue
        bounds = table_columns(head)
        recut = recut_rows(foot, bounds) if bounds else None
        if recut is not None:
            page.lines[len(page.lines) - len(foot) :] = recut
            foot = recut
        # The other way round: rows atop the next page that show fewer columns than the page's foot (two cells
        # set closer than a column's gap, "10% 485,000", where the rows above the break had a header to part
        # them) take the foot's columns.
        above = table_columns(foot)
        upright = all(line.frame in (None, line.bbox) for line in head)
        if above and upright and (bounds is None or len(above) > len(bounds)):
            recut = recut_rows(head, above)
            if recut is not None:
                following.lines[: len(head)] = recut


def _row_run(lines: list[RawLine]) -> list[RawLine]:
    """The table rows that lines start with."""
    return list(itertools.takewhile(lambda line: line.row and not line.is_image, lines))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _fully(flags: list[bool], text: str) -> bool:
    marks = [flag for flag, ch in zip(flags, text) if not ch.isspace()]
    return bool(marks) and all(marks)


def paragraphs(pages: list[PageLines]) -> list[Block]:
    """Blocks in reading order: paragraphs and images, joined across page breaks."""
    split_tables(pages)
    text_lines = [line for page in pages for line in page.lines]
    if not text_lines:
        return []
    ratios = []
    for page in pages:
        for before, after in zip(page.lines, page.lines[1:]):
            pitch = after.box[1] - before.box[1]
            if pitch > 0 and before.size:
                ratios.append(pitch / before.size)
    usual = _percentile(ratios, DEFAULT_PITCH_PERCENTILE) if ratios else DEFAULT_PITCH_RATIO
    left = Counter(round(line.box[0]) for line in text_lines).most_common(1)[0][0]
    right = _percentile([line.box[2] for line in text_lines], DEFAULT_RIGHT_MARGIN_PERCENTILE)
    width = max(right - left, 1.0)

    closes: dict[int, bool] = {}  # id(line) -> is_closing(line.text): each line is asked as itself and as previous

    def closing(line: RawLine) -> bool:
        found = closes.get(id(line))
        if found is None:
            found = closes[id(line)] = is_closing(line.text)
        return found

    blocks: list[Block] = []
    for page in pages:
        items = _with_images(page.lines, page.images)
        page_blocks: list[Block] = []
        previous, signing = None, False
        for line in items:
            # Under the closing each line of a signature block stands alone (name, title, body), unless the text
            # wrapped there: set in columns side by side, the second signer's lines are no paragraph.
            if (
                previous is None
                or _starts_paragraph(previous, line, usual, left, width, right, closing)
                or _next_item(page_blocks[-1], line)
                or (signing and not _wrapped(previous, line, left, right))
            ):
                page_blocks.append(Block([line]))
            else:
                page_blocks[-1].lines.append(line)
            previous, signing = line, signing or (not line.is_image and closing(line))
        for block in page_blocks:
            for before, after in zip(block.lines, block.lines[1:]):
                before.wraps = _wrapped(before, after, left, right)
        if blocks and page_blocks and not blocks[-1].is_image and not page_blocks[0].is_image:
            last, first = blocks[-1].lines[-1], page_blocks[0].lines[0]
            heading = _fully(last.bold, last.text) and not _fully(first.bold, first.text)
            # A line wrapped at the page's foot whose last words stand alone atop the next page ("... Ministry of
            # Foreign Affairs of the" / "Lao PDR"): a name cut by the break, however it reads.
            carried = (
                len(page_blocks[0].lines) == 1 and not ends_sentence(last.text) and _wrapped(last, first, left, right)
            )
            # A paragraph of one line at the page's foot that stops well short of the margin is a heading over
            # the next page's text ("Emergency response in the region"): a paragraph the break cuts fills
            # its last line on the page.
            alone = len(blocks[-1].lines) == 1 and last.box[2] < right - DEFAULT_SHORT_LINE * width
            if (
                not heading
                and not alone
                and not _next_item(blocks[-1], first)
                and (carried or continues(blocks[-1].text, first.text, DEFAULT_PAGE_JOIN_MIN_WORDS))
            ):
                last.wraps = carried
                blocks[-1].lines.extend(page_blocks.pop(0).lines)
        blocks.extend(page_blocks)
    return blocks


def _next_item(block: Block, line: RawLine) -> bool:
    """Whether line opens the list item after the one block opens ("2. ..." under "1. ... 850 million")."""
    opener, last = block.lines[0], block.lines[-1]
    return not opener.is_image and not line.is_image and follows_list_item(line.text, opener.text, last.text)


def _hangs_under(item: RawLine, line: RawLine) -> bool:
    """Whether line goes on a list item's text under it, indented past the item's mark ("• the drilling of
    wells in the Bay" over "regions (TRY 38 million);"), as a list sets its wrapped lines."""
    match = ITEM_MARK.match(item.text)
    if not match or match.end() >= len(item.char_x0):
        return False
    size = item.size or line.size or 1.0
    return abs(item.char_x0[match.end()] - line.box[0]) <= DEFAULT_CENTRED * size


def _wrapped(line: RawLine, following: RawLine, left: float, right: float) -> bool:
    """Whether line was wrapped at the text's right margin: the first word of the line under it would not have
    fitted after it (a letterhead's or an address's long name is one line, though printed on two)."""
    if line.is_image or following.is_image or line.row or following.row or not following.char_x1:
        return False
    size = line.size or following.size or 1.0
    box = line.box
    if box[0] > left + DEFAULT_INDENT * size:
        return False  # a block set right of the text's left margin (a column, a date) has a right margin of its own
    if line.text.isupper() and not _cut_short(line.text) and not _carried_on(following.text):
        return False  # a letterhead stacks its names in capitals a line each ("MINISTRY OF ... / REPUBLIC OF ...")
    if following.box[0] < box[0] - DEFAULT_INDENT * size:
        return False  # the line stands in a column to the right: the text under it is no wrap of it
    first = following.text.split(" ", 1)[0]
    if not first or len(first) > len(following.char_x1):
        return False
    word = following.char_x1[len(first) - 1] - following.char_x0[0]
    reaches = box[2] >= right - DEFAULT_WRAP_REACH * size
    return reaches and box[2] + DEFAULT_SPACE_WIDTH * size + word > right + DEFAULT_MARGIN_OVERRUN * size


def _cut_short(text: str) -> bool:
    """Whether a line stops where no line of its own would: on a dash glued to its last word (a range the break
    cut, "JANUARY–" / "OCTOBER 2026") or on a small word ("REPORT ON THE" / "HARBOUR FUND")."""
    words = text.split()
    return bool(words) and (_GLUED_DASH.search(text) is not None or words[-1].lower() in TITLE_SMALL_WORDS)


def _carried_on(text: str) -> bool:
    """Whether a line opens on a conjunction, which goes on the name above and opens none of its own ("MINISTRY OF
    WATER, LANDS" / "AND FORESTS")."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].lower() in _CONJUNCTIONS


def _with_images(lines: list[RawLine], images: list[RawLine]) -> list[RawLine]:
    """The page's lines in their reading order, each image placed before the first line below it."""
    items: list[RawLine] = []
    pending = sorted(images, key=lambda image: image.box[1])
    for line in lines:
        while pending and pending[0].box[1] < line.box[1]:
            items.append(pending.pop(0))
        items.append(line)
    return items + pending


def _starts_paragraph(
    previous: RawLine, line: RawLine, usual: float, left: float, width: float, right: float, closing
) -> bool:
    """True when line does not continue the paragraph that previous is in (closing: is_closing of a line's text)."""
    if previous.is_image or line.is_image:
        return True
    size = previous.size or line.size or 1.0
    box, above = line.box, previous.box  # each asked once: a line is asked as itself and as previous
    pitch = box[1] - above[1]
    if pitch > usual * size * DEFAULT_PARAGRAPH_GAP or pitch < -size / 2:
        return True  # a wide gap, or back up the page to the next column
    if abs(line.size - previous.size) > DEFAULT_SIZE_CHANGE:
        return True
    indent = DEFAULT_INDENT * size
    centred = abs((box[0] + box[2]) - (above[0] + above[2])) / 2 < DEFAULT_CENTRED * size
    if box[0] > left + indent and above[0] <= left + indent / 2 and not centred:
        if not _hangs_under(previous, line):
            return True
    if is_copy_line(previous.text) and previous.text.rstrip().endswith(":"):
        return False  # "Copy to:" alone heads the list under it: its colon ends no paragraph
    short = above[2] < right - DEFAULT_SHORT_LINE * width
    if short and ends_sentence(previous.text):
        return True
    if short and _fully(previous.bold, previous.text) and not _fully(line.bold, line.text):
        return True
    if short and previous.text.isupper() and not line.text.isupper():
        return True  # a heading in capitals ("OUR RESPONSE") over its text, set in the same font
    if starts_list_item(line.text, previous.text):
        return True
    return is_salutation(previous.text) or closing(line) or closing(previous)
