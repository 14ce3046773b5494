"""Start-up: each command loads only what it uses (structural: which modules a whole process imported).

Each case runs `letters ...` (or an import) in a fresh interpreter that, as it exits, writes the
names in sys.modules; the test names the heavy modules that must not be among them. How long
start-up takes is measured by benchmarks/bench_startup.py, not here.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_samples import STORE_LETTERS

from extractor.cli.base import COMMAND_MODULES, main
from extractor.store.database import Store

REPO = Path(__file__).resolve().parents[3]
SEED_PDF = REPO / "corpus" / "000_b14c71ca2748bd18.pdf"
# Run as `letters ARGS...`; at exit the loaded module names go to the file in $MODULES_OUT.
RUN_CLI = """
import atexit, json, os, sys
atexit.register(lambda: open(os.environ["MODULES_OUT"], "w").write(json.dumps(sorted(sys.modules))))
sys.argv = ["letters", *sys.argv[1:]]
from extractor.cli import main
main(prog_name="letters")
"""
RUN_IMPORT = """
import json, os, sys
import extractor
open(os.environ["MODULES_OUT"], "w").write(json.dumps(sorted(sys.modules)))
"""
# What reading and extracting letters need, and nothing a query or the help needs.
PIPELINE = ("spacy", "thinc", "pdfplumber", "pdfminer", "pypdfium2", "extractor.nlp", "extractor.reading.reader")
# The pydantic record trees: a query prints rows SQLite wrote, the help prints text.
RECORDS = ("pydantic", "models.extraction", "models.letter", "models.entities", "models.store")
# What only reports (graph, show, timeline) and the store need.
REPORTS = ("networkx", "matplotlib", "extractor.reports", "extractor.store")


def loaded(tmp_path: Path, code: str, *args: str) -> set[str]:
    """The modules a fresh interpreter running code with args had imported when it exited."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "MODULES_OUT": str(out), "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text()))


def among(modules: set[str], heavy: tuple[str, ...]) -> list[str]:
    """The heavy packages or modules (or their submodules) that modules holds."""
    return sorted(h for h in heavy if any(m == h or m.startswith(h + ".") for m in modules))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("startup") / "l.db"
    with Store(path) as store:
        for letter in STORE_LETTERS:
            store.save(letter)
    return path


def test_every_command_is_named_in_the_lazy_table_by_the_module_that_defines_it():
    for module in set(COMMAND_MODULES.values()):
        importlib.import_module(module)
    assert set(main.commands) == set(COMMAND_MODULES)
    for name, command in main.commands.items():
        assert command.callback.__module__ == COMMAND_MODULES[name], name


def test_import_extractor_loads_no_pipeline_and_no_records(tmp_path):
    modules = loaded(tmp_path, RUN_IMPORT)
    assert among(modules, PIPELINE + RECORDS + REPORTS + ("click", "extractor.cli")) == []


def test_help_loads_no_pipeline_and_no_records(tmp_path):
    modules = loaded(tmp_path, RUN_CLI, "--help")
    assert among(modules, PIPELINE + RECORDS + REPORTS + ("rich",)) == []


@pytest.mark.parametrize(
    "args",
    [
        ("query", "commitments", "--since", "2024", "--until", "2025-06", "--json"),
        ("query", "commitments", "--country", "TUN", "--json"),
        ("query", "actions", "--json"),
        ("sql", "SELECT letter_id FROM letters", "--json"),
    ],
    ids=" ".join,
)
def test_query_and_sql_load_no_pipeline_records_or_reports(tmp_path, db, args):
    modules = loaded(tmp_path, RUN_CLI, *args, "--db", str(db))
    assert among(modules, PIPELINE + RECORDS + ("networkx", "matplotlib", "extractor.reports", "rich")) == []


def test_query_tables_and_csv_load_no_pipeline_or_reports(tmp_path, db):
    # A table or CSV is built from the rows as pydantic models (their fields, amounts per line).
    for form in ("--csv", "--table"):
        modules = loaded(tmp_path, RUN_CLI, "query", "commitments", "--country", "TUN", form, "--db", str(db))
        assert among(modules, PIPELINE + ("networkx", "matplotlib", "extractor.reports")) == []


@pytest.mark.slow
def test_text_reads_without_the_nlp_pipeline_store_or_reports(tmp_path):
    modules = loaded(tmp_path, RUN_CLI, "text", str(SEED_PDF))
    assert "pdfplumber" in modules  # the reader it uses
    assert among(modules, ("spacy", "thinc", "extractor.nlp", "extractor.relations") + REPORTS) == []


@pytest.mark.slow
def test_digest_loads_no_store_or_reports(tmp_path):
    modules = loaded(tmp_path, RUN_CLI, "digest", str(SEED_PDF))
    assert "spacy" in modules  # the pipeline it uses
    assert among(modules, REPORTS) == []


def test_a_letters_process_keeps_numpys_blas_to_one_thread_unless_told_otherwise():
    """No command does linear algebra: numpy's OpenBLAS starts one thread, not a pool of a thread per core."""
    code = "import os; import extractor.cli; print(os.environ['OPENBLAS_NUM_THREADS'])"
    env = {key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"}
    for given, kept in ((None, "1"), ("3", "3")):
        told = {} if given is None else {"OPENBLAS_NUM_THREADS": given}
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO,
            env={**env, **told, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and done.stdout.split() == [kept], done.stderr
