"""Words per second of the extraction pipeline (get_nlp) beside spaCy's bare tokenizer, same text.

The text is the seed letter and the test letters' bodies, repeated with varied numbers, dates and
names so that the tokenizer's cache does not make later copies free. Paragraphs are fed one by one
with ``nlp.pipe`` (as extraction does), and each of our components is also timed on its own.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_b14c71ca2748bd18.txt"
LETTERS_DIR = ROOT / "tests" / "letters"
DEFAULT_WORDS = 60_000
QUICK_WORDS = 8_000
DEFAULT_REPEATS = 3
QUICK_REPEATS = 1
RANDOM_SEED = 7
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
    import datetime as dt

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


if __name__ == "__main__":
    run()
