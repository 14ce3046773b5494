"""The Python API: read, extract and digest letters, and ask a store what the CLI asks it, from a notebook.

The ``letters`` command is a thin layer over these functions, so an answer here is the CLI's answer.
Listings come back as :class:`Listing` (a list of pydantic rows) with ``.to_pandas()`` / ``.df``.

Example::

    import extractor

    digest = extractor.digest("corpus/000_b14c71ca2748bd18.pdf")
    with extractor.Store("letters.db", writable=True) as store:
        store.ingest(["corpus"])
    with extractor.Store("letters.db") as store:              # read-only (SQLite mode=ro)
        df = store.commitments(country="Libya", min_amount="EUR 100M").df
        graph = store.graph()                                  # a networkx.MultiDiGraph

Errors are the classes of ``extractor.errors`` (the one-line messages the CLI prints), raised.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import types
import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, TypeVar, Union, overload

from extractor.errors import BadValue, MissingExtra, StoreReadOnly
from extractor.reference import edtf
from extractor.reference.money import amount_text

# Only for the type checker: pandas, networkx and the pydantic records cost time to import, and a
# query printed by the CLI needs none of them (tests/extractor/cli/test_startup.py).
if TYPE_CHECKING:
    import networkx
    import pandas
    from pydantic import BaseModel

    from extractor.store.database import Store as Database
    from models.diff import DiffRow, Timeline, TimelinePoint
    from models.digest import Digest
    from models.entities import Mention
    from models.evaluation import LetterScore
    from models.extraction import Extraction
    from models.graph import GraphEdge, GraphNeighbor
    from models.letter import LetterText
    from models.series import Series, SeriesChangeRow, SeriesLetter  # noqa: F401 (named in a base class)
    from models.store import ActionRow, CommitmentRow, EntityCount, IngestReport, LetterListRow, LetterRow, MentionRow

__all__ = ["Listing", "SeriesListing", "Store", "compare", "digest", "evaluate", "extract", "read"]

PathLike = Union[str, "os.PathLike[str]"]
Row = TypeVar("Row")
PANDAS_EXTRA = "pandas"
# Letter text fields that hold a date (EDTF): a DataFrame column of datetime64, at the bound given.
DATE_FIELDS = {"letter_date": "start", "date": "start", "deadline": "end"}
# Text fields that hold an EDTF interval: two datetime64 columns, <name>_start and <name>_end.
PERIOD_FIELDS = frozenset({"period"})
# Timestamps the store writes (ISO 8601 with a time): datetime64 too.
TIMESTAMP_FIELDS = frozenset({"ingested_at", "at"})
DEFAULT_MENTION_LIMIT = 1000
DEFAULT_TOP = 20


# ----------------------------------------------------------------------------------- listings


class Listing(Sequence[Row]):
    """A list of pydantic rows (what a CLI listing prints), with ``.to_pandas()`` and ``.df``.

    It indexes, slices, iterates and compares like a list. ``result`` holds the whole record a
    listing comes from when there is one (a ``Timeline``, a ``Series``, a ``LetterDiff``); ``model``
    is the rows' pydantic class. Rows the store wrote as JSON are made models only when read.

    Example::

        rows = store.commitments(status="planned")
        rows[0].evidence                      # a CommitmentRow
        rows.df.groupby("currency")["value"].sum()
    """

    def __init__(self, rows: Iterable[Row] = (), model: Union[type, str, None] = None, result: Any = None):
        self._rows: Sequence[Row] = rows if isinstance(rows, Sequence) else list(rows)
        self._model = model
        self.result = result

    @property
    def model(self) -> Optional[type["BaseModel"]]:
        """The rows' pydantic class (imported on first use when named as "module.Class")."""
        if isinstance(self._model, str):
            module, _, name = self._model.rpartition(".")
            self._model = getattr(importlib.import_module(module), name)
        return typing.cast(Optional[type["BaseModel"]], self._model)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union[Row, list[Row]]:
        return list(self._rows)[index] if isinstance(index, slice) else self._rows[index]

    def __iter__(self) -> Iterator[Row]:
        return iter(self._rows)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) and not isinstance(other, str) else False

    def __repr__(self) -> str:
        return f"Listing({list(self)!r})"

    def dicts(self, limit: Optional[int] = None) -> list[dict]:
        """The first limit rows (all by default) as plain dicts; rows the store wrote as JSON are not made models.

        Example: ``store.commitments(limit=5).dicts()[0]["evidence"]``.
        """
        if hasattr(self._rows, "dicts"):
            return self._rows.dicts(limit)
        return [_plain(row) for row in list(self._rows)[:limit]]

    def objects(self) -> list[str]:
        """Each row as one JSON object (what ``--json`` prints).

        Example: ``"\\n".join(store.actions().objects())``.
        """
        if hasattr(self._rows, "objects"):
            return self._rows.objects()
        return [json.dumps(_plain(row), ensure_ascii=False, default=str) for row in self._rows]

    def to_pandas(self) -> "pandas.DataFrame":
        """The rows as a DataFrame with typed columns: dates datetime64, periods start/end, sums value/currency.

        Example: ``store.commitments().to_pandas().groupby("currency")["value"].sum()``. Needs the
        ``pandas`` extra; without it this raises ``MissingExtra`` (``pip install 'policy-letters[pandas]'``).
        """
        try:
            import pandas
        except ImportError:
            raise MissingExtra("to_pandas()", extra=PANDAS_EXTRA) from None
        if self.model is None:
            # Rows without a model (SQL results): each a dict, its columns as SQLite gave them.
            return pandas.DataFrame.from_records(list(self))
        plan = column_plan(self.model)
        frame = pandas.DataFrame(
            {name: [get(row) for row in self] for name, get, _ in plan}, columns=[c for c, _, _ in plan]
        )
        for name, _, kind in plan:
            if kind == "date":
                frame[name] = pandas.to_datetime(pandas.Series(frame[name], dtype=object), errors="coerce")
            elif kind == "timestamp":
                frame[name] = pandas.to_datetime(pandas.Series(frame[name], dtype=object), errors="coerce", utc=True)
            elif kind == "int":
                frame[name] = frame[name].astype("Int64")
            elif kind == "float":
                frame[name] = frame[name].astype("float64")
            elif kind == "bool":
                frame[name] = frame[name].astype("boolean")
            elif kind == "str":
                frame[name] = frame[name].astype("string")
            else:
                # Lists and dicts per cell: object, also when there are no rows (pandas makes those float64).
                frame[name] = frame[name].astype(object)
        return frame

    @property
    def df(self) -> "pandas.DataFrame":
        """Shorthand for ``to_pandas()``: ``store.letters().df``."""
        return self.to_pandas()


class SeriesListing(Listing["SeriesLetter"]):
    """The letters of a series (``Store.series``), with ``change_rows``: the rows of ``series --changes --csv``."""

    def __init__(self, series: "Series", change_rows: "Listing[SeriesChangeRow]"):
        super().__init__(series.letters, "models.series.SeriesLetter", series)
        self.change_rows = change_rows


Getter = Callable[[Any], Any]


def _plain(row: Any) -> Any:
    """A row as plain Python values (a pydantic row dumped; a dict as it is)."""
    return row.model_dump() if hasattr(row, "model_dump") else row


def _unwrap(annotation: Any) -> Any:
    """X of Optional[X] (or X | None)."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _edtf_bound(value: Any, which: str) -> Optional[dt.date]:
    """A date, or the first/last day of an EDTF text; None when there is none."""
    if value is None or isinstance(value, dt.date):
        return value
    start, end = edtf.bounds(str(value))
    bound = start if which == "start" else end
    return dt.date.fromisoformat(bound) if bound else None


def _attr(get: Getter, name: str) -> Getter:
    return lambda row: (lambda value: None if value is None else getattr(value, name, None))(get(row))


def _bound_of(read: Getter, which: str) -> Getter:
    """The first (start) or last (end) day of the EDTF text read gives."""
    return lambda row: _edtf_bound(read(row), which)


def _each(read: Getter, convert: Getter) -> Getter:
    """Each item of the list read gives, converted (an empty list for none)."""
    return lambda row: [convert(item) for item in read(row) or []]


def _scalar_kind(annotation: Any) -> str:
    """The DataFrame kind of a plain field."""
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    if annotation is str or typing.get_origin(annotation) is typing.Literal:
        return "str"
    return "object"


def column_plan(
    model: type[BaseModel], prefix: str = "", get: Getter = lambda row: row
) -> list[tuple[str, Getter, str]]:
    """The DataFrame columns of a model: (name, how to get the value from a row, kind), as ordered rules.

    1. a period (EDTF interval) → <name>_start, <name>_end dates;
    2. a date field, or a field typed date → a date;
    3. a store timestamp → a timestamp;
    4. a nested model (an amount, a grounding) → its fields, prefixed <name>_;
    5. a list of amounts → their text ("EUR 675 million"); value and currency columns carry the sum;
    6. other lists → a list per cell (ISO codes, ids); nested records in them as dicts;
    7. anything else as it is.
    """
    from pydantic import BaseModel

    from models.entities import AmountValue

    plan: list[tuple[str, Getter, str]] = []
    for name, field in model.model_fields.items():
        annotation = _unwrap(field.annotation)
        column = f"{prefix}{name}"
        read = _attr(get, name)
        origin = typing.get_origin(annotation)
        if name in PERIOD_FIELDS:
            plan.append((f"{column}_start", _bound_of(read, "start"), "date"))
            plan.append((f"{column}_end", _bound_of(read, "end"), "date"))
        elif name in DATE_FIELDS or annotation is dt.date:
            plan.append((column, _bound_of(read, DATE_FIELDS.get(name, "start")), "date"))
        elif name in TIMESTAMP_FIELDS:
            plan.append((column, read, "timestamp"))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            plan.extend(column_plan(annotation, f"{column}_", read))
        elif origin is list and typing.get_args(annotation) == (AmountValue,):
            plan.append((column, _each(read, amount_text), "object"))
        elif origin is list:
            plan.append((column, _each(read, _plain), "object"))
        else:
            plan.append((column, read, _scalar_kind(annotation)))
    return plan


# ----------------------------------------------------------------------------------- one letter


def _read_options(options: dict[str, Any]) -> Optional[Any]:
    """The reading options (engine, OCR ...) as the reader takes them; None when none are given."""
    if not options:
        return None
    try:
        from extractor.reading.options import ReadOptions
    except ImportError:
        # A release with one way of reading: no option to choose.
        raise BadValue(", ".join(options), reason="this release has no reading options") from None
    try:
        return ReadOptions(**options)
    except (TypeError, ValueError) as error:
        raise BadValue(", ".join(f"{k}={v!r}" for k, v in options.items()), reason=str(error)) from None


def read(
    path: PathLike,
    password: Optional[str] = None,
    timeout: Optional[float] = None,
    max_memory_mb: Optional[int] = None,
    **options: Any,
) -> "LetterText":
    """Read one letter file (PDF, .txt, .md) into its ``LetterText``, in a worker under time and memory limits.

    Example: ``extractor.read("letter.pdf").body``. The options are the reading options of
    ``letters text`` (``engine="pdfium"``, ``ocr="always"``, ``ocr_languages="eng"``); errors are ``extractor.errors`` classes (``NotAPdf`` ...).
    """
    from extractor import sandbox

    return sandbox.read_bounded(*_bounded_args(path, password, timeout, max_memory_mb, options))


def extract(
    path: PathLike,
    password: Optional[str] = None,
    timeout: Optional[float] = None,
    max_memory_mb: Optional[int] = None,
    **options: Any,
) -> "Extraction":
    """Every mention, commitment, action and route tie of one letter file, as ``letters extract`` prints it.

    Example: ``[m.norm for m in extractor.extract("letter.pdf").mentions if m.type == "country"]``.
    """
    from extractor import sandbox

    return sandbox.extract_bounded(*_bounded_args(path, password, timeout, max_memory_mb, options))


def digest(
    path: PathLike,
    password: Optional[str] = None,
    timeout: Optional[float] = None,
    max_memory_mb: Optional[int] = None,
    **options: Any,
) -> "Digest":
    """The digest of one letter file (DIGEST.md), as ``letters digest`` prints it.

    Example: ``extractor.digest("letter.pdf").countries``.
    """
    from extractor.records.digest import make_digest

    return make_digest(extract(path, password, timeout, max_memory_mb, **options))


def _bounded_args(
    path: PathLike,
    password: Optional[str],
    timeout: Optional[float],
    max_memory_mb: Optional[int],
    options: dict[str, Any],
) -> tuple:
    """The sandbox's arguments: the limits' defaults are the CLI's."""
    from extractor.sandbox import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S

    limits = (
        os.fspath(path),
        password,
        DEFAULT_TIMEOUT_S if timeout is None else timeout,
        DEFAULT_MAX_MEMORY_MB if max_memory_mb is None else max_memory_mb,
    )
    read_options = _read_options(options)
    return limits if read_options is None else (*limits, read_options)


def evaluate(
    gold_dir: PathLike,
    corpus: Optional[PathLike] = None,
    timeout: Optional[float] = None,
    max_memory_mb: Optional[int] = None,
    **options: Any,
) -> "Listing[LetterScore]":
    """Score each letter's extraction against its gold digest in gold_dir (``letters eval``); ``.result`` the report.

    Example: ``extractor.evaluate("tests/letters").result.overall.f1``. Letters that could not be
    scored are in ``.result.errors`` (one line each), as the CLI prints them; options are reading options.
    """
    from extractor.reports.evaluate import evaluate as score

    def extract_bounded(path: PathLike) -> "Extraction":
        return extract(path, None, timeout, max_memory_mb, **options)

    report = score(os.fspath(gold_dir), None if corpus is None else os.fspath(corpus), extract=extract_bounded)
    return Listing(report.letters, "models.evaluation.LetterScore", report)


def compare(a: "Extraction", b: "Extraction") -> "Listing[DiffRow]":
    """What changed from letter A to letter B: the ``DiffRow`` rows of ``letters diff --csv``, ``.result`` the LetterDiff.

    Example: ``extractor.compare(extractor.extract("a.pdf"), extractor.extract("b.pdf")).df``.
    """
    from extractor.reports.diff import diff_extractions, diff_rows, paragraphs_of
    from models.diff import DiffRow

    letter_diff = diff_extractions(a, b)
    return Listing(diff_rows(letter_diff, paragraphs_of(a), paragraphs_of(b)), DiffRow, letter_diff)


# ----------------------------------------------------------------------------------- the store


class Store:
    """A letters store (SQLite), read-only unless ``writable=True``; a context manager.

    Example::

        with Store("letters.db") as store:
            store.commitments(country="TUN", since="2024").df
            store.timeline(country="Libya").df
            store.series("notice_2").result.letters

    Read-only opens the file with SQLite's ``mode=ro`` (as the CLI's readers): it never creates,
    upgrades or writes it. ``writable=True`` creates or upgrades it on first use (``ingest`` or a
    query), as ``letters ingest`` does.
    """

    def __init__(self, path: PathLike, writable: bool = False, out_dir: Optional[PathLike] = None):
        self.path = os.fspath(path)
        self.writable = writable
        self.out_dir = None if out_dir is None else os.fspath(out_dir)
        self._database: Optional[Database] = None
        if not writable:
            # A reader opens the store now, so a missing or unreadable one is said here (NoStore ...).
            # A writer opens it on first use: ingest checks its options (a missing extra) before
            # it creates anything, as `letters ingest` does.
            self._database = self.database

    @property
    def database(self) -> "Database":
        """The store's connection (the lower-level ``extractor.store.database.Store``), opened on first use."""
        if self._database is None:
            from extractor.store.database import EXTRACTIONS_SCHEMA
            from extractor.store.database import Store as Database

            # Readers of each letter's records read an older store as it is; queries ask for the current schema.
            self._database = Database(
                self.path, readonly=not self.writable, out_dir=self.out_dir, min_schema=EXTRACTIONS_SCHEMA
            )
        return self._database

    def close(self) -> None:
        """Close the connection (if it was opened)."""
        if self._database is not None:
            self._database.close()
            self._database = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, writable={self.writable})"

    def _queryable(self) -> "Database":
        """The store, at the schema the queries need (an older one: OldStore, as `letters query` says)."""
        from extractor.errors import OldStore
        from extractor.store.database import SCHEMA_VERSION

        if self.database.schema_version < SCHEMA_VERSION:
            raise OldStore(self.path, found=self.database.schema_version, needed=SCHEMA_VERSION)
        return self.database

    # ------------------------------------------------------------------------------- writing

    def ingest(
        self,
        paths: Union[PathLike, Iterable[PathLike]],
        jobs: Optional[int] = None,
        engine: Optional[str] = None,
        timeout: Optional[float] = None,
        max_memory_mb: Optional[int] = None,
        password: Optional[str] = None,
        progress: bool = False,
        dask: Optional[str] = None,
        **options: Any,
    ) -> "IngestReport":
        """Store files, folders and globs (as ``letters ingest``); return the summary. Only a writable store.

        ``dask`` is ``letters ingest --dask``'s scheduler address (or "local"); the other options are
        the reading options (``engine=``, ``ocr=``, ``ocr_languages=``), as the reading commands take them.

        Example: ``Store("letters.db", writable=True).ingest(["corpus"], jobs=2).processed``.
        """
        if not self.writable:
            raise StoreReadOnly(self.path)
        from extractor.store import ingest as ingest_module

        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        if engine is not None:
            options["engine"] = engine
        from extractor.sandbox import reading_kwargs

        read_options = _read_options(options)
        return ingest_module.ingest(
            [os.fspath(p) for p in paths],
            self.path,
            jobs=jobs or ingest_module.DEFAULT_JOBS,
            timeout=timeout or ingest_module.DEFAULT_TIMEOUT_S,
            max_memory_mb=max_memory_mb or ingest_module.DEFAULT_MAX_MEMORY_MB,
            password=password,
            progress=progress,
            out_dir=self.out_dir,
            dask=dask,
            options=None if read_options is None else reading_kwargs(read_options),
        )

    # ------------------------------------------------------------------------------- letters

    def letters(self, all_versions: bool = False) -> "Listing[LetterRow]":
        """The stored letters (latest versions unless all_versions), by date then id.

        Example: ``store.letters().df[["id", "date", "signatory"]]``.
        """
        from models.store import LetterRow

        rows = self.database.letters(all_versions=all_versions)
        return Listing((LetterRow.model_validate(dict(r)) for r in rows), LetterRow)

    def find_letters(
        self,
        text: Optional[str] = None,
        country: Optional[str] = None,
        organisation: Optional[str] = None,
        programme: Optional[str] = None,
        year: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> "Listing[LetterListRow]":
        """The latest letters matching every filter, newest first, as ``letters serve`` lists them (text: words of it).

        Example: ``store.find_letters(text="national emergency", country="CUB").df``.
        """
        from extractor.store import query

        rows = query.letter_list(
            self._queryable(),
            text=text,
            country=country,
            organisation=organisation,
            programme=programme,
            year=year,
            limit=limit,
        )
        return Listing(rows, "models.store.LetterListRow")

    def extraction(self, ref: str) -> "Extraction":
        """The stored Extraction of a letter: id, id@version, sha256 prefix or date (never read again).

        Example: ``store.extraction("notice_2@1").commitments`` (what ``letters export ID`` prints).
        """
        return self.database.get_extraction(ref)

    def extractions(self) -> Iterator["Extraction"]:
        """The latest version of every stored letter, in date order, one at a time.

        Example: ``sum(len(e.commitments) for e in store.extractions())``.
        """
        return self.database.iter_extractions()

    def letter_entities(self, ref: str) -> "Listing[Mention]":
        """Every entity mention of one stored letter, in text order (the mentions of ``letters extract ID``).

        Example: ``store.letter_entities("000_b14c71ca2748bd18").df.groupby("type")["norm"].unique()``.
        """
        from models.entities import Mention

        return Listing(self.extraction(ref).mentions, Mention)

    def digest(self, ref: str) -> "Digest":
        """The digest of a stored letter (as ``letters digest ID``).

        Example: ``store.digest("notice_2").countries``.
        """
        from extractor.records.digest import make_digest

        return make_digest(self.extraction(ref))

    # ------------------------------------------------------------------------------- queries

    def commitments(
        self,
        country: Optional[str] = None,
        organisation: Optional[str] = None,
        programme: Optional[str] = None,
        status: Optional[str] = None,
        min_amount: Optional[str] = None,
        max_amount: Optional[str] = None,
        since: Optional[str] = None,
        until: Optional[str] = None,
        letter: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> "Listing[CommitmentRow]":
        """Commitments matching every filter (``letters query commitments``' options, name for name).

        Example: ``store.commitments(country="Tunisia", min_amount="EUR 10M", since="2024").df``.
        """
        from extractor.store import query

        rows = query.commitments(
            self._queryable(),
            country=country,
            organisation=organisation,
            programme=programme,
            status=status,
            min_amount=min_amount,
            max_amount=max_amount,
            since=since,
            until=until,
            letter=letter,
            limit=limit,
        )
        return Listing(rows, "models.store.CommitmentRow")

    def commitment_objects(self, **filters: Any) -> Iterator[str]:
        """Each commitment matching the filters (``commitments``' names) as one JSON object, as SQLite writes it.

        What ``letters query commitments --json`` streams: no model is built, so memory stays flat.
        Example: ``[json.loads(o)["id"] for o in store.commitment_objects(country="TUN")]``.
        """
        from extractor.store import query

        return query.iter_commitment_objects(self._queryable(), **filters)

    def commitment_json(self, rows: int = 1000, **filters: Any) -> Iterator[bytes]:
        """The same objects as UTF-8 bytes, about ``rows`` at a time joined with ",\\n": what ``--json`` writes.

        The stored bytes as they are (no str made): the fastest way to pass many rows on.
        Example: ``out.write(b",\\n".join(store.commitment_json(since="2024")))``.
        """
        from extractor.store import query

        return query.iter_commitment_json(self._queryable(), rows, **filters)

    def actions(
        self,
        organisation: Optional[str] = None,
        status: Optional[str] = None,
        letter: Optional[str] = None,
        limit: Optional[int] = None,
    ) -> "Listing[ActionRow]":
        """Actions (pledges and calls without a sum) matching every filter, as ``letters query actions``.

        Example: ``store.actions(organisation="Commission", status="planned").df``.
        """
        from extractor.store import query

        rows = query.actions(self._queryable(), organisation=organisation, status=status, letter=letter, limit=limit)
        return Listing(rows, "models.store.ActionRow")

    def mentions(
        self,
        ref: str,
        type: Optional[str] = None,
        letter: Optional[str] = None,
        limit: Optional[int] = DEFAULT_MENTION_LIMIT,
    ) -> "Listing[MentionRow]":
        """Every mention of ref (a norm such as TUN, or a text such as Tunisia), as ``letters query mentions``.

        Example: ``store.mentions("Tunisia", type="country", limit=50).df[["letter", "page", "context"]]``.
        """
        from extractor.errors import UnknownChoice
        from extractor.reference.families import FAMILIES
        from extractor.store import query
        from models.store import MentionRow

        if type is not None and type not in FAMILIES:
            raise UnknownChoice(type, what="type", choices=", ".join(FAMILIES))
        rows = query.mentions(self._queryable(), ref, entity_type=type, letter=letter, limit=limit)
        return Listing(rows, MentionRow)

    def entities(self, type: Optional[str] = None, top: Optional[int] = DEFAULT_TOP) -> "Listing[EntityCount]":
        """The most named entities across the stored letters, as ``letters query entities``.

        Example: ``store.entities(type="organisation", top=10).df``.
        """
        from extractor.errors import UnknownChoice
        from extractor.reference.families import FAMILIES
        from extractor.store import query
        from models.store import EntityCount

        if type is not None and type not in FAMILIES:
            raise UnknownChoice(type, what="type", choices=", ".join(FAMILIES))
        return Listing(query.entities(self._queryable(), entity_type=type, top=top), EntityCount)

    def sql(
        self,
        statement: str,
        timeout: Optional[float] = None,
        max_rows: Optional[int] = None,
        max_memory_mb: Optional[float] = None,
    ) -> "Listing[dict[str, Any]]":
        """One read-only SQL statement, as ``letters sql`` (same limits); rows as dicts, ``.result`` the column names.

        Example: ``store.sql("SELECT letter_id, date FROM letters").df``.
        """
        from extractor.store import query

        columns, rows = query.run_sql(
            self.path,
            statement,
            timeout=timeout or query.DEFAULT_SQL_TIMEOUT_S,
            max_rows=max_rows or query.DEFAULT_SQL_MAX_ROWS,
            max_memory_mb=max_memory_mb or query.DEFAULT_SQL_MAX_MEMORY_MB,
        )
        return Listing((dict(zip(columns, row)) for row in rows), result=list(columns))

    # ------------------------------------------------------------------------------- reports

    def timeline(
        self,
        country: Optional[str] = None,
        programme: Optional[str] = None,
        organisation: Optional[str] = None,
        route: Optional[str] = None,
    ) -> "Listing[TimelinePoint]":
        """One subject across the stored letters in date order (give exactly one); ``.result`` is the Timeline.

        Example: ``store.timeline(country="Libya").df[["letter_id", "date", "mentions"]]``.
        """
        from extractor.reference.families import TIMELINE_FAMILIES
        from extractor.reports.timeline import build_timeline
        from models.diff import TimelinePoint

        given = {
            kind: value
            for kind, value in zip(TIMELINE_FAMILIES, (country, programme, organisation, route))
            if value is not None
        }
        if len(given) != 1:
            raise BadValue("timeline", reason="give exactly one of " + ", ".join(f"{k}=" for k in TIMELINE_FAMILIES))
        ((kind, subject),) = given.items()
        try:
            found: Timeline = build_timeline(self.database.iter_extractions(), kind, subject)
        except ValueError as error:
            raise BadValue(f"--{kind}", reason=str(error)) from None
        return Listing(found.points, TimelinePoint, found)

    def diff(self, a: str, b: str) -> "Listing[DiffRow]":
        """What changed from stored letter a to b (ids, id@version, sha256 prefixes or dates); ``.result`` the LetterDiff.

        Example: ``store.diff("notice_1", "notice_2").result.commitments``.
        """
        return compare(self.extraction(a), self.extraction(b))

    def series(self, ref: str, changes: bool = False) -> SeriesListing:
        """The stored letters of ref's series in date order (``letters series``); ``.result`` is the Series.

        With changes, ``.result.changes`` holds the LetterDiff of each letter from the one before it and
        ``.change_rows`` the rows of ``letters series --changes --csv``. Needs the ``series`` extra.
        Example: ``store.series("notice_2", changes=True).change_rows.df[["a", "b", "field", "before", "after"]]``.
        """
        from extractor.reports.series import find_series, series_change_rows, series_changes

        seed = self.extraction(ref).letter.id
        versions = {row["id"]: row["version"] for row in self.database.letters(all_versions=False)}
        extractions = {e.letter.id: e for e in self.database.iter_extractions()}
        found: Series = find_series(extractions.values(), seed, versions)
        change_rows: Listing[SeriesChangeRow] = Listing((), "models.series.SeriesChangeRow")
        if changes:
            found = series_changes(found, extractions)
            change_rows = Listing(series_change_rows(found, extractions), "models.series.SeriesChangeRow")
        return SeriesListing(found, change_rows)

    def graph(
        self, country: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None
    ) -> "networkx.MultiDiGraph":
        """The graph of the stored letters (latest versions), filtered as ``letters graph export --db``.

        Example: ``sorted(store.graph().degree, key=lambda nd: -nd[1])[:10]`` (the biggest actors).
        """
        from extractor.reports.graph import build_graph
        from extractor.reports.selection import select

        return build_graph(select(self.database.iter_extractions(), country=country, since=since, until=until))

    def _graph_node(self, graph: "networkx.MultiDiGraph", name: str) -> str:
        """The node a name gives (an id, ISO code or name); NoSuchNode as `letters graph` says."""
        from extractor.errors import NoSuchNode
        from extractor.reports.graph import resolve_node

        node = resolve_node(graph, name)
        if node is None:
            raise NoSuchNode(name, store=self.path)
        return node

    def neighbors(self, node: str) -> "Listing[GraphNeighbor]":
        """The nodes linked to node in the stored graph, with the edges' evidence (``letters graph neighbors``).

        Example: ``[n.node.label for n in store.neighbors("Tunisia")]``; ``.result`` is the GraphNeighbors.
        """
        from extractor.reports.graph import neighbors, node_record
        from models.graph import GraphNeighbors

        graph = self.graph()
        found = self._graph_node(graph, node)
        result = GraphNeighbors.model_validate(
            {"node": node_record(graph, found), "neighbors": neighbors(graph, found)}
        )
        return Listing(result.neighbors, "models.graph.GraphNeighbor", result)

    def shortest_path(self, source: str, target: str) -> "Listing[GraphEdge]":
        """The edges of the shortest chain linking source to target in the stored graph (``letters graph path``).

        ``.result`` is the GraphPath (``found`` false and no edges when nothing links them).
        Example: ``[step.label for step in store.shortest_path("TUN", "JOR").result.nodes]``.
        """
        from extractor.reports.graph import shortest_path
        from models.graph import GraphPath

        graph = self.graph()
        a, b = self._graph_node(graph, source), self._graph_node(graph, target)
        found = shortest_path(graph, a, b)
        result = GraphPath.model_validate({"source": a, "target": b, "found": found is not None, **(found or {})})
        return Listing(result.edges, "models.graph.GraphEdge", result)
