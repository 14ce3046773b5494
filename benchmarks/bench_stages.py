"""Where a letter's CPU goes in an ingest worker and its parent, stage by stage, beside plain pdfplumber.

In one process, the pipeline warmed as ingest warms it: each letter read (pdfium engine), tokenized,
run through each spaCy component in turn, its mentions, relations and Extraction built, serialised
as a worker sends it, validated and saved into a fresh store as the parent does. CPU ms a letter per
stage, on the PDFs of tests/pdfs and on the letters and fact sheets of ../shared (text), beside
plain pdfplumber `extract_text()` CPU a letter on the same PDFs.
"""

from __future__ import annotations

import glob
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = (
    ("tests/pdfs", (str(ROOT / "tests" / "pdfs" / "*.pdf"),)),
    (
        "../shared letters and fact sheets",
        (
            str(ROOT.parent / "shared" / "letters" / "us" / "*.txt"),
            str(ROOT.parent / "shared" / "documents" / "us-factsheets" / "*.txt"),
        ),
    ),
)
ENGINE = "pdfium"
# Stages inside records.extract.extraction_of: the name shown, the function it calls.
PARTS = {
    "records: mentions": "mentions_of",
    "relations: commitments and actions": "find_commitments_and_actions",
    "relations: route ties": "find_route_ties",
}
QUICK_LIMIT = 6


def stage_times(paths: list[str]) -> dict[str, float]:
    """CPU seconds per stage over every path (the pipeline already warm)."""
    from extractor.nlp.pipeline import get_nlp
    from extractor.reading.options import ReadOptions
    from extractor.reading.reader import read_letter
    from extractor.records import extract
    from extractor.store.database import Store
    from models.extraction import Extraction

    nlp, options, clock = get_nlp(), ReadOptions(engine=ENGINE), time.process_time
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, func):
        def wrapper(*args, **kwargs):
            began = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += clock() - began

        return wrapper

    # extraction_of's parts, timed where it calls them.
    originals = {attribute: getattr(extract, attribute) for attribute in PARTS.values()}
    for name, attribute in PARTS.items():
        setattr(extract, attribute, timed(name, originals[attribute]))
    with tempfile.TemporaryDirectory(prefix="bench_stages_") as tmp:
        store = Store(Path(tmp) / "letters.db")
        for path in paths:
            began = clock()
            letter = read_letter(path, options=options)
            spent["reading"] += clock() - began
            began = clock()
            doc = extract.make_doc(letter)
            spent["spaCy tokenizer"] += clock() - began
            for name, component in nlp.pipeline:
                began = clock()
                doc = component(doc)
                spent[f"spaCy {name}"] += clock() - began
            began = clock()
            parts = sum(spent[name] for name in PARTS)
            extraction = extract.extraction_of(doc, letter, Path(path).stem)
            rest = clock() - began - (sum(spent[name] for name in PARTS) - parts)
            spent["records: sentences and the Extraction"] += rest
            began = clock()
            payload = extraction.model_dump_json()
            spent["worker: serialising"] += clock() - began
            began = clock()
            received = Extraction.model_validate_json(payload)
            spent["parent: validating"] += clock() - began
            received.letter.sha256 = path
            began = clock()
            store.save_letter(received)
            spent["parent: saving"] += clock() - began
        store.close()
    for attribute, func in originals.items():
        setattr(extract, attribute, func)
    return spent


def run(quick: bool = False) -> None:
    """Print CPU ms a letter per stage for each set, beside plain pdfplumber on the set's PDFs."""
    from benchmarks.bench_ingest import plumber_read
    from extractor import sandbox
    from extractor.store.ingest import default_extract

    if hasattr(sandbox, "reader_modules"):
        sandbox.warm_up(default_extract(), sandbox.reader_modules(ENGINE, rare=False))
    else:  # the code before reader_modules (a baseline checkout)
        sandbox.warm_up(default_extract())
    for label, patterns in SETS:
        paths = sorted(p for pattern in patterns for p in glob.glob(pattern))
        paths = paths[:QUICK_LIMIT] if quick else paths
        if not paths:
            print(f"{label}: no files; skipped")
            continue
        spent = stage_times(paths)
        total = sum(spent.values())
        pdfs = [p for p in paths if p.lower().endswith(".pdf")]
        baseline = (
            f"; plain pdfplumber extract_text() {plumber_read(pdfs)[1] / len(pdfs) * 1000:.1f} ms" if pdfs else ""
        )
        print(
            f"{label}: {len(paths)} letters, engine {ENGINE}: {total / len(paths) * 1000:.1f} ms CPU a letter{baseline}"
        )
        for stage, seconds in sorted(spent.items(), key=lambda item: -item[1]):
            print(f"  {stage:40s} {seconds / len(paths) * 1000:7.2f} ms  {seconds / total * 100:5.1f}%")
