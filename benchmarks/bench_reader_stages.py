"""Where reading the long benchmark letter goes, stage by stage: the pdfium engine compiled (numba) and by its Python path.

Each stage is a module function (or a class's method) wrapped with a CPU timer (time.process_time) for the
run: reading pdfium's chars (`pdfium_chars.read_page`: the Python path's char dicts `_chars`, or the compiled
path's columns `pdfium_arrays.page_chars`, whose dicts `char_dicts.CharDicts` builds only when asked,
`CharDicts.all` for all of them), the layout of a page (`pdf_lines.page_lines`: `dedupe`, `_lines`, and on
the compiled path's arrays `char_columns.page_cells`, or for a page it leaves `line_groups`, `group_lines` and
`dict_items`; `build_line`, `_cells`, `_attach_scripts`), the OCR test, running headers, paragraphs, and the
letter's assembly (`reader._letter`: `split_letter`, `assemble`). Stages nest (`page_lines` holds `_lines`), so their times do
not add up to the total. The wrappers cost a little on the functions called per line (`build_line`,
`_cells`). The compiled path's first read calls gc.freeze (pdfium_kernel), for the whole process.
"""

from __future__ import annotations

import collections
import functools
import os
import tempfile
import time
from pathlib import Path

DEFAULT_READS = 5
QUICK_READS = 1
RUNS = (("compiled", "always"), ("Python path", "never"))  # (column, LETTERS_NUMBA)
STAGES = (
    ("extractor.reading.pdfium_chars", "read_page"),
    ("extractor.reading.pdfium_chars", "_chars"),
    ("extractor.reading.pdfium_arrays", "page_chars"),
    ("extractor.reading.char_dicts", "CharDicts.all"),
    ("extractor.reading.pdf_lines", "page_lines"),
    ("extractor.reading.pdf_lines", "dedupe"),
    ("extractor.reading.pdf_lines", "_lines"),
    ("extractor.reading.char_columns", "page_cells"),
    ("extractor.reading.char_columns", "line_groups"),
    ("extractor.reading.char_columns", "group_lines"),
    ("extractor.reading.char_columns", "dict_items"),
    ("extractor.reading.pdf_lines", "build_line"),
    ("extractor.reading.pdf_lines", "_cells"),
    ("extractor.reading.pdf_lines", "_attach_scripts"),
    ("extractor.reading.reader", "_read_by_ocr"),
    ("extractor.reading.pdf_layout", "drop_running"),
    ("extractor.reading.pdf_layout", "paragraphs"),
    ("extractor.reading.reader", "_letter"),
    ("extractor.reading.reader", "split_letter"),
    ("extractor.reading.reader", "assemble"),
)


def _wrap(spent: collections.Counter) -> list[tuple]:
    """Wrap every stage's function with a timer adding its CPU seconds to spent; the originals, to put back."""
    import importlib

    originals = []
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        owner_name, _, attribute = name.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module  # "Class.method": the class's attribute
        function = getattr(owner, attribute)
        originals.append((owner, attribute, function))

        @functools.wraps(function)
        def timed(*args, __function=function, __name=name, **kwargs):
            started = time.process_time()
            try:
                return __function(*args, **kwargs)
            finally:
                spent[__name] += time.process_time() - started

        setattr(owner, attribute, timed)
    return originals


def run(quick: bool = False) -> None:
    """Print ms of CPU a read of the long letter for each stage, compiled and by the Python path."""
    from benchmarks.bench_read import _long_letter
    from extractor.reading.letter_parts import english_words
    from extractor.reading.options import NUMBA_ENV_VAR, ReadOptions
    from extractor.reading.reader import read_letter

    english_words()
    reads = QUICK_READS if quick else DEFAULT_READS
    spent: dict[str, collections.Counter] = {column: collections.Counter() for column, _ in RUNS}
    totals = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = _long_letter(Path(tmp), 2 if quick else 30)
        options = ReadOptions(engine="pdfium")
        before = os.environ.get(NUMBA_ENV_VAR)
        counter: collections.Counter = collections.Counter()
        # The benchmarks after this one in the same process must time the functions themselves.
        originals = _wrap(counter)
        try:
            for column, mode in RUNS:
                os.environ[NUMBA_ENV_VAR] = mode
                read_letter(path, options=options)  # numba loaded, caches warm
                counter.clear()
                started = time.process_time()
                for _ in range(reads):
                    read_letter(path, options=options)
                totals[column] = (time.process_time() - started) / reads
                spent[column] = collections.Counter({name: value / reads for name, value in counter.items()})
        finally:
            for module, name, function in originals:
                setattr(module, name, function)
            os.environ.pop(NUMBA_ENV_VAR, None)
            if before is not None:
                os.environ[NUMBA_ENV_VAR] = before
    columns = [column for column, _ in RUNS]
    print(f"long benchmark letter, pdfium engine, ms of CPU a read (mean of {reads} reads):")
    print(f"{'stage':<16}" + "".join(f"{column:>14}" for column in columns))
    print(f"{'total':<16}" + "".join(f"{totals[column] * 1000:14.1f}" for column in columns))
    for _, name in STAGES:
        print(f"{name:<16}" + "".join(f"{spent[column][name] * 1000:14.1f}" for column in columns))
