"""Words per second of the extraction pipeline (get_nlp) beside spaCy's bare tokenizer, same text.

The text is the seed letter and the test letters' bodies, repeated with varied numbers, dates and
names so that the tokenizer's cache does not make later copies free. Paragraphs are fed one by one
with ``nlp.pipe`` (as extraction does), and each of our components is also timed on its own.

Then whole extractions of generated one-sentence letters (tests/long_letters.py) of growing size:
seconds, peak memory and JSON bytes each, beside the smallest as the baseline, so that growth
faster than the text shows as a rising per-KB figure.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_b14c71ca2748bd18.txt"
LETTERS_DIR = ROOT / "tests" / "letters"
DEFAULT_WORDS = 60_000
QUICK_WORDS = 8_000
DEFAULT_REPEATS = 3
QUICK_REPEATS = 1
RANDOM_SEED = 7
# Sizes (characters) of the generated one-sentence letters; the first is the baseline.
LONG_SENTENCE_SIZES = (4_000, 20_000, 80_000)
QUICK_LONG_SENTENCE_SIZES = (4_000, 20_000)
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "December"]


def _sources() -> list[str]:
    """Letter texts: the seed (if present) and the test letters, markup stripped."""
    paths = ([SEED] if SEED.is_file() else []) + sorted(LETTERS_DIR.glob("*.txt"))
    return [p.read_text(encoding="utf-8").replace("*", "") for p in paths]


def _vary(paragraph: str, rng: random.Random) -> str:
    """A copy with other numbers and months, as another letter would have."""
    paragraph = re.sub(r"\d+", lambda m: str(rng.randint(1, 9999)) if len(m.group(0)) > 1 else m.group(0), paragraph)
    return re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), paragraph)


def corpus(words: int) -> list[str]:
    """Paragraphs totalling about ``words`` words."""
    rng = random.Random(RANDOM_SEED)
    paragraphs = [p.strip() for text in _sources() for p in text.split("\n\n") if len(p.split()) > 5]
    out, total = [], 0
    while total < words:
        for paragraph in paragraphs:
            varied = _vary(paragraph, rng)
            out.append(varied)
            total += len(varied.split())
    return out


def _time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool = False) -> None:
    """Print words/s of the bare tokenizer, the full pipeline and each number component."""
    import spacy

    from extractor.nlp.pipeline import get_nlp

    paragraphs = corpus(QUICK_WORDS if quick else DEFAULT_WORDS)
    repeats = QUICK_REPEATS if quick else DEFAULT_REPEATS
    words = sum(len(p.split()) for p in paragraphs)
    nlp = get_nlp()
    letter_date = dt.date(2025, 10, 21)

    def tokenize():
        # A fresh tokenizer each time: its cache would otherwise make repeated words free.
        bare = spacy.blank("en").tokenizer
        for paragraph in paragraphs:
            bare(paragraph)

    def pipeline():
        docs = []
        for paragraph in paragraphs:
            doc = nlp.make_doc(paragraph)
            doc.user_data["letter_date"] = letter_date
            docs.append(doc)
        for _name, proc in nlp.pipeline:
            for doc in docs:
                proc(doc)

    tokenizer_s = _time(tokenize, repeats)
    pipeline_s = _time(pipeline, repeats)
    print(f"extract: {words} words in {len(paragraphs)} paragraphs, median of {repeats}")
    print(f"  {'spaCy blank tokenizer (cold)':34s} {words / tokenizer_s:>10,.0f} words/s")
    print(
        f"  {'get_nlp() full pipeline':34s} {words / pipeline_s:>10,.0f} words/s"
        f"   ({pipeline_s / tokenizer_s:.1f}x the tokenizer's time)"
    )
    docs = [nlp.make_doc(p) for p in paragraphs]
    for doc in docs:
        doc.user_data["letter_date"] = letter_date
    for name, proc in nlp.pipeline:
        seconds = _time(lambda: [proc(doc) for doc in docs], repeats)
        label = "  component " + name
        print(f"  {label:34s} {words / seconds:>10,.0f} words/s")
    long_sentences(QUICK_LONG_SENTENCE_SIZES if quick else LONG_SENTENCE_SIZES)


def _extract_long(size: int) -> tuple[float, int, int]:
    """Seconds, peak traced bytes and JSON bytes of extracting a one-sentence letter of ``size`` chars."""
    from extractor.records.extract import extract_letter
    from models.letter import LetterParts, LetterText

    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    from long_letters import one_sentence_letter

    letter = LetterText(
        source=f"generated/one_sentence_{size}.txt",
        sha256="0" * 64,
        format="text",
        body=one_sentence_letter(size),
        parts=LetterParts(date=dt.date(2025, 10, 21)),
    )
    start = time.perf_counter()
    extraction = extract_letter(letter)
    json_bytes = len(extraction.model_dump_json().encode("utf-8"))
    seconds = time.perf_counter() - start
    # Memory in a second run: tracing slows Python down too much to time the same run.
    tracemalloc.start()
    extract_letter(letter).model_dump_json()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, json_bytes


def long_sentences(sizes: tuple[int, ...]) -> None:
    """Print extraction time, peak memory and JSON size of one-sentence letters, per KB beside the first."""
    from extractor.nlp.pipeline import get_nlp

    get_nlp()  # loaded before timing: the first letter would pay for it
    print("extract one-sentence letters (seconds and JSON include model_dump_json; peak is traced memory)")
    base = None
    for size in sizes:
        seconds, peak, json_bytes = _extract_long(size)
        kb = size / 1000
        per_kb = (seconds / kb, peak / kb, json_bytes / kb)
        base = base or per_kb
        growth = "   ".join(f"{now / then:4.1f}x" for now, then in zip(per_kb, base))
        print(
            f"  {size / 1000:>5.0f} KB {seconds:8.2f} s {peak / 1e6:8.1f} MB peak {json_bytes / 1e6:8.2f} MB JSON"
            f"   per KB beside {sizes[0] / 1000:.0f} KB: {growth}"
        )


if __name__ == "__main__":
    run()
