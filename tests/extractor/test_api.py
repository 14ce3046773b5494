"""extractor.api: every CLI listing has a Python twin with the same result; the same errors; light import; pandas optional."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parents[2]
SERIES_DIR = REPO / "tests" / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

import extractor  # noqa: E402
from extractor import errors  # noqa: E402
from extractor.cli import main  # noqa: E402
from extractor.store.database import Store as Database  # noqa: E402
from models.action import Action  # noqa: E402

LETTERS = ("med_1", "med_2", "med_3", "notice_1", "notice_2", "notice_3")
# Modules `import extractor` must not load: they cost seconds or are optional.
HEAVY_MODULES = ("spacy", "pdfplumber", "pypdfium2", "pandas", "networkx", "sklearn", "matplotlib", "pdfminer")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("api") / "letters.db"
    with Database(path) as store:
        for name in LETTERS:
            extraction = load_extraction(name)
            if name == "med_3":
                # An undertaking without a sum, so that `query actions` has a row to compare.
                first = extraction.commitments[0]
                extraction.actions.append(
                    Action(
                        id="a1",
                        actor=first.actor,
                        action="deploy",
                        beneficiaries=first.beneficiaries,
                        period="2025/2026",
                        status="planned",
                        modality=first.modality,
                        evidence=first.evidence,
                    )
                )
            if name == "med_2":
                # A commitment under a named programme, so that --programme has a row to compare.
                extraction.commitments[0].programme = "Talent Partnership"
            store.save(extraction)
    return str(path)


def _cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _json_of(output: str):
    """The CLI's --json: one JSON document, or one JSON value a line."""
    try:
        return json.loads(output)
    except json.JSONDecodeError:
        return [json.loads(line) for line in output.splitlines() if line.strip()]


def _dumped(rows) -> list:
    return [row.model_dump(mode="json") for row in rows]


def _csv_rows(output: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(output)))


# (name, CLI arguments after --db, the API call on a Store, what of its answer the CLI prints)
TWINS = [
    ("commitments", ["query", "commitments", "--json"], lambda s: _dumped(s.commitments())),
    (
        "commitments filtered",
        ["query", "commitments", "--country", "Tunisia", "--since", "2024-06", "--min-amount", "EUR 50M", "--json"],
        lambda s: _dumped(s.commitments(country="Tunisia", since="2024-06", min_amount="EUR 50M")),
    ),
    (
        "commitments by status and letter",
        ["query", "commitments", "--status", "planned", "--letter", "med_1@1", "--limit", "2", "--json"],
        lambda s: _dumped(s.commitments(status="planned", letter="med_1@1", limit=2)),
    ),
    (
        "commitments by organisation, until",
        ["query", "commitments", "--organisation", "Ministry", "--until", "2024", "--max-amount", "40M", "--json"],
        lambda s: _dumped(s.commitments(organisation="Ministry", until="2024", max_amount="40M")),
    ),
    (
        "commitments by programme",
        ["query", "commitments", "--programme", "Talent", "--json"],
        lambda s: _dumped(s.commitments(programme="Talent")),
    ),
    ("actions", ["query", "actions", "--json"], lambda s: _dumped(s.actions())),
    (
        "actions filtered",
        ["query", "actions", "--organisation", "Commission", "--status", "planned", "--limit", "1", "--json"],
        lambda s: _dumped(s.actions(organisation="Commission", status="planned", limit=1)),
    ),
    ("mentions", ["query", "mentions", "TUN", "--json"], lambda s: _dumped(s.mentions("TUN"))),
    (
        "mentions limited",
        ["query", "mentions", "TUN", "--limit", "2", "--json"],
        lambda s: _dumped(s.mentions("TUN", limit=2)),
    ),
    (
        "mentions typed",
        ["query", "mentions", "Jordan", "--type", "country", "--letter", "med_2", "--json"],
        lambda s: _dumped(s.mentions("Jordan", type="country", letter="med_2")),
    ),
    ("entities", ["query", "entities", "--json"], lambda s: _dumped(s.entities())),
    ("letters", ["query", "letters", "--json"], lambda s: _dumped(s.find_letters())),
    (
        "letters with filters",
        ["query", "letters", "--country", "Tunisia", "--year", "2024", "--limit", "1", "--json"],
        lambda s: _dumped(s.find_letters(country="Tunisia", year="2024", limit=1)),
    ),
    (
        "entities of a type",
        ["query", "entities", "--type", "amount", "--top", "5", "--json"],
        lambda s: _dumped(s.entities(type="amount", top=5)),
    ),
    ("series", ["series", "notice_2", "--json"], lambda s: s.series("notice_2").result.model_dump(mode="json")),
    (
        "series with changes",
        ["series", "med_1", "--changes", "--json"],
        lambda s: s.series("med_1", changes=True).result.model_dump(mode="json"),
    ),
    ("diff", ["diff", "med_1", "med_2", "--json"], lambda s: s.diff("med_1", "med_2").result.model_dump(mode="json")),
    (
        "timeline",
        ["timeline", "--country", "Jordan", "--json"],
        lambda s: s.timeline(country="Jordan").result.model_dump(mode="json"),
    ),
    (
        "timeline of an organisation",
        ["timeline", "--organisation", "UNHCR", "--json"],
        lambda s: s.timeline(organisation="UNHCR").result.model_dump(mode="json"),
    ),
    (
        "timeline of a programme",
        ["timeline", "--programme", "Talent Partnership", "--json"],
        lambda s: s.timeline(programme="Talent Partnership").result.model_dump(mode="json"),
    ),
    (
        "timeline of a route",
        ["timeline", "--route", "Central Mediterranean", "--json"],
        lambda s: s.timeline(route="Central Mediterranean").result.model_dump(mode="json"),
    ),
    (
        "one letter's entities",
        ["extract", "med_2"],
        lambda s: {"mentions": _dumped(s.letter_entities("med_2"))},
    ),
    ("export", ["export", "med_2"], lambda s: s.extraction("med_2").model_dump(mode="json")),
    (
        "graph neighbors",
        ["graph", "neighbors", "Tunisia", "--json"],
        lambda s: s.neighbors("Tunisia").result.model_dump(mode="json"),
    ),
    (
        "graph path",
        ["graph", "path", "TUN", "JOR", "--json"],
        lambda s: s.shortest_path("TUN", "JOR").result.model_dump(mode="json"),
    ),
    (
        "sql",
        ["sql", "SELECT letter_id, version, date FROM letters ORDER BY letter_id", "--json"],
        lambda s: list(s.sql("SELECT letter_id, version, date FROM letters ORDER BY letter_id")),
    ),
]


@pytest.mark.parametrize("name, args, twin", TWINS, ids=[t[0] for t in TWINS])
def test_each_cli_listing_has_a_python_twin_with_the_same_json(db, name, args, twin):
    result = _cli(*args, "--db", db)
    assert result.exit_code == 0, result.output
    with extractor.Store(db) as store:
        answer = twin(store)
    assert answer, f"{name}: the test store should give rows"
    printed = _json_of(result.output)
    if isinstance(answer, dict) and isinstance(printed, dict):
        printed = {key: printed[key] for key in answer}  # the part of a record the twin gives
    assert printed == answer


# The rows --csv prints (all text), from the same listings.
CSV_TWINS = [
    ("diff rows", ["diff", "med_1", "med_2", "--csv"], lambda s: s.diff("med_1", "med_2")),
    ("series rows", ["series", "notice_3", "--csv"], None),
    (
        "series change rows",
        ["series", "notice_1", "--changes", "--csv"],
        lambda s: s.series("notice_1", True).change_rows,
    ),
]


@pytest.mark.parametrize("name, args, twin", CSV_TWINS, ids=[t[0] for t in CSV_TWINS])
def test_the_rows_of_csv_listings_are_the_python_twin_rows(db, name, args, twin):
    from extractor.reports.series import series_rows

    result = _cli(*args, "--db", db)
    assert result.exit_code == 0, result.output
    with extractor.Store(db) as store:
        rows = twin(store) if twin else series_rows(store.series("notice_3").result)
    expected = [
        {k: ";".join(v) if isinstance(v, list) else str(v) for k, v in row.model_dump().items()} for row in rows
    ]
    assert rows and _csv_rows(result.output) == expected


def test_the_stored_graph_is_the_graph_the_cli_explores(db):
    result = _cli("graph", "neighbors", "TUN", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    with extractor.Store(db) as store:
        graph = store.graph()
    listed = {item["node"]["id"] for item in json.loads(result.output)["neighbors"]}
    assert listed == set(graph.successors("TUN")) | set(graph.predecessors("TUN"))
    with extractor.Store(db) as store:
        since = store.graph(since="2025")
    assert (
        0
        < sum(1 for _, d in since.nodes(data=True) if d["type"] == "letter")
        < sum(1 for _, d in graph.nodes(data=True) if d["type"] == "letter")
    )


@pytest.mark.parametrize("filters", [{}, {"country": "Tunisia", "since": "2024-06"}], ids=["whole", "filtered"])
def test_the_stored_graph_is_the_graph_graph_export_writes(db, tmp_path, filters):
    from extractor.reports.graph import to_json

    out = tmp_path / "graph.json"
    options = [arg for key, value in filters.items() for arg in (f"--{key}", value)]
    result = _cli("graph", "export", "--db", db, "--format", "json", "-o", str(out), "--json", *options)
    assert result.exit_code == 0, result.output
    with extractor.Store(db) as store:
        graph = store.graph(**filters)
    assert graph.number_of_nodes() and json.loads(out.read_text(encoding="utf-8")) == to_json(graph)
    letters = sum(1 for _, data in graph.nodes(data=True) if data["type"] == "letter")
    summary = json.loads(result.output)
    assert (summary["letters"], summary["nodes"], summary["edges"]) == (
        letters,
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )


# Each leaf command of `letters` and the twin tests that compare it with its Python twin.
# Twins named by their first arguments in TWINS and CSV_TWINS count on their own.
TWIN_TESTS = {
    "graph export": "test_the_stored_graph_is_the_graph_graph_export_writes",
    "eval": "test_evaluate_is_the_twin_of_eval",
    "text": "test_read_extract_and_digest_a_file_as_the_cli_does",
    "digest": "test_read_extract_and_digest_a_file_as_the_cli_does",
    "extract": "test_the_reading_engine_is_chosen_as_on_the_command_line",
    "ingest": "test_ingest_json_is_the_report_of_store_ingest",
    "diff": "test_diff_of_two_files_is_compare_of_their_extractions",
}
# Commands that list nothing: a server (its pages are find_letters, tested above), a web page, the models' schemas.
NOT_LISTINGS = {"serve", "show", "schema"}


def _leaf_commands() -> set[str]:
    import importlib

    import click

    from extractor.cli.base import COMMAND_MODULES

    for module in set(COMMAND_MODULES.values()):
        importlib.import_module(module)

    def walk(command, path):
        if isinstance(command, click.Group):
            return {leaf for name, sub in command.commands.items() for leaf in walk(sub, [*path, name])}
        return {" ".join(path)}

    return walk(main, [])


def test_every_cli_listing_has_a_twin_test():
    commands = _leaf_commands()
    named = {" ".join(args[:2]) for _, args, _ in TWINS + CSV_TWINS} | {args[0] for _, args, _ in TWINS + CSV_TWINS}
    twinned = {c for c in commands if c in named} | {c for c in TWIN_TESTS if callable(globals().get(TWIN_TESTS[c]))}
    assert {"query commitments", "graph neighbors", "series", "sql", "timeline"} <= twinned
    assert commands - NOT_LISTINGS - twinned == set()
    assert NOT_LISTINGS <= commands and set(TWIN_TESTS) <= commands


# (CLI arguments after --db, the API call, the error class both report)
ERRORS = [
    (["query", "commitments", "--min-amount", "lots"], lambda s: s.commitments(min_amount="lots"), errors.NotASum),
    (
        ["query", "commitments", "--country", "Atlantis"],
        lambda s: s.commitments(country="Atlantis"),
        errors.UnknownCountry,
    ),
    (["query", "commitments", "--since", "soon"], lambda s: s.commitments(since="soon"), errors.NotADate),
    (["query", "actions", "--letter", "nope"], lambda s: s.actions(letter="nope"), errors.NoSuchLetter),
    (["diff", "med_1", "nope"], lambda s: s.diff("med_1", "nope"), errors.NoSuchLetter),
    (["series", "nope"], lambda s: s.series("nope"), errors.NoSuchLetter),
    (["graph", "neighbors", "Atlantis"], lambda s: s.neighbors("Atlantis"), errors.NoSuchNode),
]


@pytest.mark.parametrize("args, call, error", ERRORS, ids=[" ".join(e[0][:3]) for e in ERRORS])
def test_the_api_raises_the_error_the_cli_prints(db, args, call, error):
    result = _cli(*args, "--db", db)
    assert result.exit_code in (1, 2)
    with extractor.Store(db) as store, pytest.raises(error) as raised:
        call(store)
    assert result.stderr.strip() == f"letters: {raised.value}"


def test_a_missing_store_is_no_store_and_is_not_created(tmp_path):
    missing = tmp_path / "none.db"
    with pytest.raises(errors.NoStore):
        extractor.Store(missing)
    assert not missing.exists()


def test_a_read_only_store_refuses_to_ingest_and_is_left_byte_for_byte(db):
    before = Path(db).read_bytes()
    with extractor.Store(db) as store:
        store.commitments(), store.series("notice_1"), store.graph(), store.letters()
        with pytest.raises(errors.StoreReadOnly, match="writable=True"):
            store.ingest([str(SERIES_DIR / "med_1.txt")])
    assert Path(db).read_bytes() == before
    assert not Path(db + "-journal").exists() and not Path(db + "-wal").exists()


def test_a_timeline_needs_exactly_one_subject(db):
    with extractor.Store(db) as store:
        with pytest.raises(errors.BadValue, match="exactly one"):
            store.timeline(country="TUN", route="Central Mediterranean")
        with pytest.raises(errors.BadValue, match="no country called"):
            store.timeline(country="Atlantis")


def test_dataframes_have_typed_columns(db):
    pandas = pytest.importorskip("pandas")
    with extractor.Store(db) as store:
        frame = store.commitments().df
        empty = store.commitments(country="TUN", since="2099").to_pandas()
        letters = store.letters().df
        series = store.series("notice_2").df
    for table in (frame, empty):
        assert pandas.api.types.is_datetime64_any_dtype(table["letter_date"])
        assert pandas.api.types.is_datetime64_any_dtype(table["period_start"])
        assert pandas.api.types.is_datetime64_any_dtype(table["period_end"])
        assert table["value"].dtype == "float64" and table["currency"].dtype == "string"
        assert "period" not in table.columns
    assert len(empty) == 0 and list(empty.columns) == list(frame.columns)
    # A sum is value and currency; the amounts column holds their text, never a record or JSON.
    assert frame["currency"].dropna().isin(["EUR", "USD"]).all()
    assert all(isinstance(a, str) for cell in frame["amounts"] for a in cell)
    periods = frame.dropna(subset=["period_start"])
    assert len(periods) and (periods["period_start"] <= periods["period_end"]).all()
    assert pandas.api.types.is_datetime64_any_dtype(letters["ingested_at"]) and letters["latest"].all()
    assert pandas.api.types.is_datetime64_any_dtype(series["date"]) and series["date"].is_monotonic_increasing


def _python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120, env=_env()
    )


def _env() -> dict:
    import os

    return {**os.environ, "PYTHONPATH": str(REPO)}


def test_an_empty_listing_has_the_column_types_of_a_full_one(db):
    with extractor.Store(db) as store:
        full, empty = store.commitments(), store.commitments(programme="no such programme at all")
        letters, no_letters = store.find_letters(), store.find_letters(programme="no such programme at all")
    assert len(full) and not len(empty) and len(letters) and not len(no_letters)
    assert empty.df.dtypes.to_dict() == full.df.dtypes.to_dict()
    assert no_letters.df.dtypes.to_dict() == letters.df.dtypes.to_dict()
    assert empty.df["beneficiaries"].dtype == object and no_letters.df["entities"].dtype == object


def test_import_extractor_loads_no_heavy_library():
    code = (
        "import sys, json, extractor\n"
        "before = sorted(m for m in sys.modules if m.split('.')[0] in %r)\n"
        "extractor.Store; extractor.Listing\n"
        "after = sorted(m for m in sys.modules if m.split('.')[0] in %r)\n"
        "print(json.dumps([before, after, 'extractor.api' in sys.modules]))\n"
    ) % (HEAVY_MODULES, HEAVY_MODULES)
    done = _python(code)
    assert done.returncode == 0, done.stderr
    before, after, api_loaded = json.loads(done.stdout)
    assert before == [] and after == [] and api_loaded


def test_the_api_works_without_pandas_and_to_pandas_says_how_to_install_it(db):
    # A finder that refuses pandas, as on a machine without the extra.
    code = f"""
import sys
class NoPandas:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] == 'pandas':
            raise ModuleNotFoundError("No module named 'pandas'")
sys.meta_path.insert(0, NoPandas())
import extractor
from extractor.errors import MissingExtra
with extractor.Store({db!r}) as store:
    rows = store.commitments(country='TUN')
    print(len(rows), rows[0].currency)
    try:
        rows.df
    except MissingExtra as error:
        print(error)
print('pandas' in sys.modules)
"""
    done = _python(code)
    assert done.returncode == 0, done.stderr
    count, message, loaded = done.stdout.splitlines()
    assert int(count.split()[0]) > 0
    assert (
        message
        == "to_pandas(): needs the optional 'pandas' packages; install them: pip install 'policy-letters[pandas]'"
    )
    assert loaded == "False"


def test_unknown_names_are_attribute_errors_and_dir_lists_the_api():
    with pytest.raises(AttributeError):
        extractor.no_such_thing  # noqa: B018
    assert {"Store", "read", "extract", "digest", "Listing"} <= set(dir(extractor))


@pytest.mark.slow
def test_read_extract_and_digest_a_file_as_the_cli_does(tmp_path):
    letter = SERIES_DIR / "med_2.txt"
    digest = _cli("digest", str(letter))
    assert digest.exit_code == 0
    assert extractor.digest(letter).to_json_dict() == json.loads(digest.output)
    text = _cli("text", str(letter), "--json", "--ocr", "never")
    assert extractor.read(letter, ocr="never").model_dump(mode="json") == json.loads(text.output)
    with pytest.raises(errors.NotFound):
        extractor.extract(tmp_path / "missing.pdf")
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("hello")
    with pytest.raises(errors.NotAPdf) as raised:
        extractor.extract(not_pdf)
    assert _cli("extract", str(not_pdf)).stderr.strip() == f"letters: {raised.value}"


@pytest.mark.slow
def test_a_writable_store_ingests_as_the_cli_does(tmp_path):
    files = [str(SERIES_DIR / f"{name}.txt") for name in ("notice_1", "notice_2")]
    with extractor.Store(tmp_path / "api.db", writable=True) as store:
        report = store.ingest(files, jobs=1)
        assert (report.processed, report.failed) == (2, 0)
        assert [r.id for r in store.letters()] == ["notice_1", "notice_2"]
        again = store.ingest(files, jobs=1)
        assert again.skipped == 2
        api_rows = _dumped(store.commitments())
    cli_db = str(tmp_path / "cli.db")
    assert _cli("ingest", *files, "--db", cli_db, "--jobs", "1").exit_code == 0
    # The same records, whichever way they were stored.
    assert _json_of(_cli("query", "commitments", "--db", cli_db, "--json").output) == api_rows


def test_find_letters_searches_the_words_of_the_letters(db):
    with extractor.Store(db) as store:
        found = store.find_letters(text="smugglers")
        everything = store.find_letters()
        tunisia = store.find_letters(country="Tunisia", year="2024")
        naming = {m.letter for m in store.mentions("TUN") if m.letter_date.startswith("2024")}
    assert {r.id for r in found} and {r.id for r in found} < {r.id for r in everything}
    assert all("smugglers" in (r.snippet or "").lower() for r in found)
    assert naming and {r.id for r in tunisia} == naming


@pytest.mark.slow
def test_evaluate_is_the_twin_of_eval(tmp_path):
    import shutil

    for name in ("au_2022_sahel_development.gold.json", "au_2022_sahel_development.txt"):
        shutil.copy(REPO / "tests" / "letters" / name, tmp_path / name)
    result = _cli("eval", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    scores = extractor.evaluate(tmp_path)
    assert len(scores) == 1 and scores.result.overall.f1 > 0.5
    assert _json_of(result.output) == scores.result.model_dump(mode="json")
    (tmp_path / "empty").mkdir()
    with pytest.raises(errors.NoGoldDigests) as raised:
        extractor.evaluate(tmp_path / "empty")
    assert _cli("eval", str(tmp_path / "empty")).stderr.strip() == f"letters: {raised.value}"


def test_a_reading_option_that_cannot_be_is_a_one_line_bad_value(tmp_path):
    with pytest.raises(errors.BadValue, match="ocr must be one of"):
        extractor.read(SERIES_DIR / "med_1.txt", ocr="sometimes")
    with extractor.Store(tmp_path / "w.db", writable=True) as store, pytest.raises(errors.BadValue):
        store.ingest([SERIES_DIR / "med_1.txt"], ocr="sometimes")
    # A writable store is created on first use: an ingest refused for its options creates nothing.
    assert not (tmp_path / "w.db").exists()


def test_other_listings_have_typed_frames_too(db):
    pandas = pytest.importorskip("pandas")
    with extractor.Store(db) as store:
        timeline = store.timeline(country="Jordan").df
        mentions = store.mentions("TUN").df
        sql = store.sql("SELECT letter_id, version FROM letters ORDER BY letter_id")
        neighbours = store.neighbors("TUN").df
    assert pandas.api.types.is_datetime64_any_dtype(timeline["date"]) and timeline["mentions"].dtype == "Int64"
    assert all(isinstance(text, str) for cell in timeline["amounts"] for text in cell)
    assert pandas.api.types.is_datetime64_any_dtype(mentions["letter_date"]) and mentions["start"].dtype == "Int64"
    assert sql.result == ["letter_id", "version"] and list(sql.df.columns) == ["letter_id", "version"]
    assert list(sql.df["letter_id"]) == sorted(LETTERS)
    assert {"node_id", "node_type", "node_label", "edges"} <= set(neighbours.columns)


def test_a_listing_behaves_as_a_list_of_its_rows(db):
    with extractor.Store(db) as store:
        rows = store.commitments()
        again = store.commitments()
    assert rows == again == list(again) and len(rows) > 2
    assert rows[1:3] == list(rows)[1:3] and rows[-1] == list(rows)[-1]
    assert rows.model.__name__ == "CommitmentRow" and rows.dicts(1)[0]["id"] == rows[0].id
    assert [json.loads(o)["id"] for o in rows.objects()] == [r.id for r in rows]


@pytest.mark.slow
def test_the_reading_engine_is_chosen_as_on_the_command_line(tmp_path):
    pdf = REPO / "corpus" / "001_4b8c8b6ac021f3d7.pdf"
    printed = _cli("extract", str(pdf), "--engine", "pdfium")
    assert printed.exit_code == 0, printed.output
    pdfium = extractor.extract(pdf, engine="pdfium")
    assert pdfium.model_dump(mode="json") == json.loads(printed.output)
    # The engines place the words alike but not to the point: the mentions' boxes tell them apart.
    assert pdfium.mentions != extractor.extract(pdf).mentions
    with extractor.Store(tmp_path / "e.db", writable=True) as store:
        report = store.ingest([pdf], jobs=1, engine="pdfium")
        assert (report.processed, report.failed) == (1, 0)
        assert store.extraction("001_4b8c8b6ac021f3d7").mentions == pdfium.mentions
    with pytest.raises(errors.BadValue, match="unknown PDF engine"):
        extractor.read(pdf, engine="acrobat")


@pytest.mark.slow
def test_ingest_json_is_the_report_of_store_ingest(tmp_path):
    files = [str(SERIES_DIR / f"{name}.txt") for name in ("med_1", "med_2")] + [str(tmp_path / "missing.pdf")]
    printed = _cli("ingest", *files, "--db", str(tmp_path / "cli.db"), "--jobs", "1", "--json")
    assert printed.exit_code == 1, printed.output  # the missing file failed; the others are stored
    with extractor.Store(tmp_path / "api.db", writable=True) as store:
        report = store.ingest(files, jobs=1)

    def comparable(summary: dict) -> dict:
        """A summary without what differs from run to run: the store's name and the seconds taken."""
        items = [{k: v for k, v in item.items() if k != "seconds"} for item in summary["items"]]
        return {**{k: v for k, v in summary.items() if k not in ("db", "seconds")}, "items": items}

    expected = comparable(report.model_dump(mode="json"))
    assert (expected["processed"], expected["failed"]) == (2, 1)
    assert comparable(json.loads(printed.output)) == expected


@pytest.mark.slow
def test_diff_of_two_files_is_compare_of_their_extractions():
    a, b = SERIES_DIR / "notice_1.txt", SERIES_DIR / "notice_2.txt"
    printed = _cli("diff", str(a), str(b), "--json")
    assert printed.exit_code == 0, printed.output
    compared = extractor.compare(extractor.extract(a), extractor.extract(b))
    assert len(compared) and json.loads(printed.output) == compared.result.model_dump(mode="json")
    rows = _csv_rows(_cli("diff", str(a), str(b), "--csv").output)
    assert rows == [
        {k: ";".join(v) if isinstance(v, list) else str(v) for k, v in row.model_dump().items()} for row in compared
    ]
