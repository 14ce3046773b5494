"""Questions across every stored letter: commitments, mentions, entity counts, read-only SQL.

No spaCy or pdfplumber here: these run on the SQLite store alone and start fast. Queries see
the latest version of each letter unless a letter reference (id@version) is given.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import time
import zlib
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple, Optional, Sequence, TypeVar, Union

from extractor.errors import (
    NotADate,
    NotASum,
    SqlFailed,
    SqlRefused,
    SqlTimedOut,
    SqlTooBig,
    TwoCurrencies,
    UnknownChoice,
    UnknownCountry,
    UnknownCurrency,
    UnknownMultiplier,
)
from extractor.reference import countries, edtf
from extractor.reference.families import NAMED_FAMILIES
from extractor.reference.money import currency_signs
from extractor.reference.numbers import parse_grouped_number
from extractor.reference.regexes import alternation
from extractor.store.database import EXTRACTIONS_SCHEMA, LETTER_TEXT_TABLE, Store

if TYPE_CHECKING:
    from models.store import (
        ActionRow,
        CommitmentRow,
        EntityCount,
        FacetValue,
        LetterListRow,
        LetterNeighbour,
        MentionRow,
    )

DEFAULT_TOP = 20
# `letters sql`: how long one statement may run, and how many SQLite VM steps pass between checks.
DEFAULT_SQL_TIMEOUT_S = 10.0
SQL_PROGRESS_STEPS = 10_000
# How many rows one statement may return, and how much memory its values may take: a statement
# such as SELECT randomblob(1e9), or a cross join of the mentions, must end with a message, not
# take the machine. (SQLite's hard heap limit would be per process and cannot be raised again by
# PRAGMA; its length limit is per connection.)
DEFAULT_SQL_MAX_ROWS = 100_000
DEFAULT_SQL_MAX_MEMORY_MB = 512
# extraction_json() in `letters sql` inflates a stored record up to this size (a letter's is ~16 KB).
SQL_MAX_EXTRACTION_BYTES = 64 * 2**20
# Functions a statement may not call: fts3_tokenizer() reads and sets C pointers; the others load
# code or touch files where SQLite is built with them.
SQL_REFUSED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension", "readfile", "writefile", "edit"})
# PRAGMAs that only report: these take a table or index name, the others no argument at all
# (with one, PRAGMA user_version = 5 and the like would change the store or the connection).
SQL_PRAGMAS_WITH_ARGUMENT = frozenset(
    {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list"}
)
SQL_PRAGMAS_TO_READ = frozenset(
    {
        "user_version",
        "schema_version",
        "application_id",
        "page_count",
        "page_size",
        "freelist_count",
        "encoding",
        "journal_mode",
        "compile_options",
        "function_list",
        "module_list",
        "pragma_list",
        "collation_list",
        "database_list",
        "data_version",
        "integrity_check",
        "quick_check",
        "foreign_key_check",
    }
)
SQLITE_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"})
SQL_ACTION_NAMES = {
    sqlite3.SQLITE_ATTACH: "ATTACH (and VACUUM INTO)",
    sqlite3.SQLITE_DETACH: "DETACH",
    sqlite3.SQLITE_INSERT: "INSERT",
    sqlite3.SQLITE_UPDATE: "UPDATE",
    sqlite3.SQLITE_DELETE: "DELETE",
    sqlite3.SQLITE_TRANSACTION: "a transaction",
    sqlite3.SQLITE_SAVEPOINT: "a savepoint",
    sqlite3.SQLITE_ALTER_TABLE: "ALTER TABLE",
    sqlite3.SQLITE_ANALYZE: "ANALYZE",
    sqlite3.SQLITE_REINDEX: "REINDEX",
    **{
        getattr(sqlite3, name): name.removeprefix("SQLITE_").replace("_", " ")
        for name in dir(sqlite3)
        if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    },
}
DEFAULT_MENTION_LIMIT = 1000
# Stands for the listed column in _commitment_rows_query's statement until its caller chooses it.
ROW_COLUMN = "<row>"
# The listed row's stored JSON as bytes (CAST to BLOB: the UTF-8 itself), and what joins two of them.
ROW_BYTES = "CAST(r.row_json AS BLOB)"
ROW_SEPARATOR = ",\n"
# commitment_rows' key (schema 10): the listing's order, newest letter first, undated letters ('') last.
MONTH_KEY = "r.latest, r.letter_month"
MONTH_ORDER = "r.latest, r.letter_month DESC"
LISTING_ORDER = f"{MONTH_ORDER}, r.letter_date DESC, r.letter_id, r.sentence, r.commitment"
T = TypeVar("T")
STATUSES = ("planned", "adopted", "disbursed")

# Words and suffixes for sums ("10M", "1.5bn", "EUR 10 million", "€500k").
MULTIPLIERS = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
}
CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP"}


@functools.lru_cache(maxsize=1)
def _amount_pattern() -> re.Pattern[str]:
    """A filter's sum: a code or sign, the number, a multiplier, a code or sign ("€1.5bn", "10 million EUR")."""
    signs = alternation(currency_signs())
    return re.compile(
        rf"^\s*(?P<pre>[A-Za-z]{{3}}|{signs})?\s*"
        r"(?P<number>\d[\d,.\s]*?)\s*"
        r"(?P<mult>[A-Za-z]+)?\s*"
        rf"(?P<post>[A-Za-z]{{3,7}}|{signs})?\s*$"
    )


def currency_code(token: Optional[str]) -> Optional[str]:
    """The ISO 4217 code a filter's currency token names ("EUR", "€", "euros"), or None."""
    if not token:
        return None
    if token in currency_signs():
        return currency_signs()[token]
    if token.lower() in CURRENCY_WORDS:
        return CURRENCY_WORDS[token.lower()]
    import pycountry

    found = pycountry.currencies.get(alpha_3=token.upper())
    return found.alpha_3 if found else None


def parse_amount(text: str) -> tuple[float, Optional[str]]:
    """Parse a sum such as "10M", "1.5bn", "EUR 10M", "€1.5bn", "2 million euros" → (value, currency)."""
    match = _amount_pattern().match(text or "")
    if not match:
        raise NotASum(text)
    pre, mult, post = match["pre"], match["mult"], match["post"]
    currency = None
    if pre:
        currency = currency_code(pre)
        if currency is None:
            raise UnknownCurrency(text, currency=pre)
    factor = 1.0
    if mult:
        if mult.lower() in MULTIPLIERS:
            factor = MULTIPLIERS[mult.lower()]
        elif post is None and currency_code(mult):
            # "10 EUR": the word after the number is the currency, not a multiplier.
            post, factor = mult, 1.0
        else:
            raise UnknownMultiplier(text, multiplier=mult)
    if post:
        post_currency = currency_code(post)
        if post_currency is None:
            raise UnknownCurrency(text, currency=post)
        if currency and post_currency != currency:
            raise TwoCurrencies(text, what="its two currency marks")
        currency = post_currency
    try:
        value = parse_grouped_number(match["number"], scaled=factor != 1.0)
        if value is None:
            raise ValueError(match["number"])
    except ValueError:
        raise NotASum(text) from None
    return value * factor, currency


def resolve_countries(store: Store, text: str) -> list[str]:
    """ISO alpha-3 codes a country argument names: a code (TUN, TN), a name, or a stored spelling."""
    text = text.strip()
    code = countries.country_code(text)
    codes: list[str] = [code] if code else []
    # Spellings the letters themselves use ("Türkiye", "Tunisian") map to the norms stored with them.
    for (norm,) in store.conn.execute(
        "SELECT norm FROM entities WHERE type = 'country' AND (name = ? COLLATE NOCASE OR norm = ? COLLATE NOCASE)"
        " UNION SELECT DISTINCT norm FROM mentions WHERE type = 'country' AND text = ? COLLATE NOCASE",
        (text, text, text),
    ):
        if norm not in codes:
            codes.append(norm)
    if not codes:
        raise UnknownCountry(text)
    return codes


def _date_bound(text: str, last: bool) -> int:
    """The first (or last) day a --since (--until) date denotes, as the day number the store keeps."""
    start, end = edtf.day_bounds(text)
    bound = end if last else start
    if bound is None:
        raise NotADate(text)
    return bound


def _placeholders(values: list) -> str:
    return ",".join("?" * len(values))


def _scope(store: Store, alias: str, letter: Optional[str], where: list[str], params: list[Any]) -> None:
    """Restrict a listing to one letter (id, id@version ...), or else to each letter's latest version."""
    if letter:
        where.append(f"{alias}.letter = ?")
        params.append(store.resolve(letter))
    else:
        where.append("l.latest = 1")


def _status_is(status: Optional[str], alias: str, where: list[str], params: list[Any]) -> None:
    """Restrict a listing to one commitment status, refusing one that is not a status."""
    if status:
        if status not in STATUSES:
            raise UnknownChoice(status, what="status", choices=", ".join(STATUSES))
        where.append(f"{alias}.status = ?")
        params.append(status)


class ListingQuery(NamedTuple):
    """A listing's statement, its parameters, and whether it reads commitment_rows in key order (no sort)."""

    sql: str
    params: list[Any]
    in_key_order: bool


class JsonRows(Sequence[T]):
    """Query rows as SQLite wrote them, one JSON object each: printed as they are, made models only when read.

    The columns were stored from records validated when their letter was saved, so the machine
    form (json()) is the rows joined in one pass; indexing or iterating validates them (once) for
    code that wants the pydantic rows.
    """

    def __init__(self, model: str, objects: list[str]):
        """Rows from their JSON objects and the name of their model in models.store."""
        self._model = model
        self._objects = objects
        self._models: Optional[list[T]] = None

    def json(self) -> str:
        """The rows as one JSON array (compact)."""
        return "[" + ",".join(self._objects) + "]"

    def objects(self) -> list[str]:
        """Each row's JSON object, as SQLite wrote it."""
        return self._objects

    def dicts(self, limit: Optional[int] = None) -> list[dict]:
        """The first limit rows (all by default) as plain dicts, without building models."""
        return [json.loads(o) for o in self._objects[:limit]]

    def models(self) -> list[T]:
        """The rows as pydantic models (validated once, on first use)."""
        if self._models is None:
            # pydantic and the model are imported here: printing the rows needs neither.
            from pydantic import TypeAdapter

            import models.store

            self._models = TypeAdapter(list[getattr(models.store, self._model)]).validate_json(self.json())
        return self._models

    def __len__(self) -> int:
        return len(self._objects)

    def __getitem__(self, index):
        return self.models()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self.models())

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (list, JsonRows)) else NotImplemented


def commitments(store: Store, **filters: Any) -> JsonRows[CommitmentRow]:
    """Stored commitments matching every filter given (see iter_commitment_objects), newest letter first."""
    return JsonRows("CommitmentRow", list(iter_commitment_objects(store, **filters)))


def _commitment_rows_query(
    store: Store,
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
) -> ListingQuery:
    """The statement listing the commitments that match every filter (newest letter first) and its parameters.

    Its one column, ROW_COLUMN, is put in by the caller: the row's JSON as text or as UTF-8 bytes.
    """
    # commitment_rows (schema v9; keyed by the letter's month first from v10) holds each commitment's
    # finished JSON in the listing's order, with the date and sum bounds beside it: SQLite reads it
    # front to back and copies the matching rows out. Filters on the commitment's other columns pick
    # commitment ids from their own indexes.
    where: list[str] = []
    params: list[Any] = []
    if letter:
        where.append("r.commitment IN (SELECT id FROM commitments WHERE letter = ?)")
        params.append(store.resolve(letter))
    else:
        where.append("r.latest = 1")
    if country:
        codes = resolve_countries(store, country)
        # A named beneficiary decides; a commitment without one counts for countries its sentence names.
        # Written as one IN over a UNION so that SQLite answers both halves from indexes.
        where.append(
            f"r.commitment IN (SELECT commitment FROM commitment_beneficiaries WHERE country IN ({_placeholders(codes)})"
            " UNION SELECT c2.id FROM mentions m JOIN commitments c2 ON c2.letter = m.letter AND c2.sentence = m.sentence"
            f" WHERE m.norm IN ({_placeholders(codes)}) AND m.type = 'country'"
            " AND NOT EXISTS (SELECT 1 FROM commitment_beneficiaries b WHERE b.commitment = c2.id))"
        )
        params += codes + codes
    for family, column, value in (("organisation", "actor", organisation), ("programme", "programme", programme)):
        if value:
            pattern = f"%{value}%"
            where.append(
                f"r.commitment IN (SELECT c.id FROM commitments c WHERE c.{column} LIKE ? OR EXISTS (SELECT 1"
                " FROM mentions m WHERE m.letter = c.letter AND m.sentence = c.sentence"
                f" AND m.type = '{family}' AND (m.norm LIKE ? OR m.text LIKE ?)))"
            )
            params += [pattern, pattern, pattern]
    if status:
        by_status: list[str] = []
        _status_is(status, "c", by_status, params)
        where.append(f"r.commitment IN (SELECT c.id FROM commitments c WHERE {by_status[0]})")
    currencies = set()
    if min_amount:
        value, currency = parse_amount(min_amount)
        where.append("r.top_value >= ?")
        params.append(value)
        currencies.add(currency)
    if max_amount:
        value, currency = parse_amount(max_amount)
        where.append("r.value <= ?")
        params.append(value)
        currencies.add(currency)
    currencies.discard(None)
    if len(currencies) > 1:
        raise TwoCurrencies(f"{min_amount} / {max_amount}", what="--min-amount and --max-amount")
    if currencies:
        where.append("r.currency = ?")
        params.append(currencies.pop())
    # first_day/last_day span the letter's date and the commitment's period (schema v6): one
    # comparison each, on the row being read (before v6: an OR across two tables).
    if since:
        where.append("r.last_day >= ?")
        params.append(_date_bound(since, last=False))
    if until:
        where.append("r.first_day <= ?")
        params.append(_date_bound(until, last=True))
    # Filters that name a few commitments (a country, an organisation, a programme, a letter) find
    # them by id and sort that handful; the others read the table in its order, which is the
    # listing's (without statistics on the IN lists, SQLite would scan the table for a few rows).
    by_id = any((country, organisation, programme, letter))
    sql = (
        f"SELECT {ROW_COLUMN} FROM commitment_rows r"
        + (" INDEXED BY commitment_rows_by_commitment" if by_id else "")
        + f" WHERE {' AND '.join(where)} ORDER BY {LISTING_ORDER}"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    # Read in key order, a month's rows come one after the other: they can be joined as they come.
    return ListingQuery(sql, params, in_key_order=not (by_id or limit))


def iter_commitment_objects(store: Store, **filters: Any) -> Iterator[str]:
    """Each stored commitment matching every filter (see _commitment_rows_query) as its JSON object (a CommitmentRow).

    One at a time, as SQLite answers: printing any number of rows takes the memory of one.
    """
    sql, params, _ = _commitment_rows_query(store, **filters)
    # The filters' errors (an unknown country, a sum that is not one) are raised before the first row.
    return (row[0] for row in _cursor(store, sql.replace(ROW_COLUMN, "r.row_json"), params))


def iter_commitment_json(store: Store, rows: int, **filters: Any) -> Iterator[bytes]:
    """The matching commitments' JSON objects as UTF-8, about `rows` at a time, each batch joined with ",\\n".

    The bytes as stored, never decoded to str and encoded again: what `query commitments --json`
    writes (a third of its time went into making and joining str objects, issue 13).
    """
    sql, params, in_key_order = _commitment_rows_query(store, **filters)
    if not in_key_order:
        return _batches(None, _cursor(store, sql.replace(ROW_COLUMN, ROW_BYTES), params), rows)
    # Read in key order (the date and sum filters, or none), a month's rows come one after the other
    # and SQLite joins them into one value as it reads them (group_concat appends in the order read,
    # the key's): a date range's ~44,000 rows become a few hundred Python objects (issue 13).
    # Undated letters have no month to bound such a value: their rows, last in the listing, come one by one.
    head, order = sql.split(" ORDER BY ")
    months = (
        head.replace(ROW_COLUMN, f"CAST(group_concat(r.row_json, '{ROW_SEPARATOR}') AS BLOB), count(*)")
        + f" AND r.letter_month <> '' GROUP BY {MONTH_KEY} ORDER BY {MONTH_ORDER}"
    )
    undated = head.replace(ROW_COLUMN, ROW_BYTES) + f" AND r.letter_month = '' ORDER BY {order}"
    return _batches(_cursor(store, months, params), _cursor(store, undated, params), rows)


def _cursor(store: Store, sql: str, params: list[Any]) -> sqlite3.Cursor:
    """A cursor running sql, its rows as plain tuples."""
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


def _batches(months: Optional[sqlite3.Cursor], each: sqlite3.Cursor, rows: int) -> Iterator[bytes]:
    """Listed rows' UTF-8 JSON joined about `rows` at a time: months' first (a month's joined, its count), then rows'."""
    separator = ROW_SEPARATOR.encode()
    batch: list[bytes] = []
    count = 0
    for joined, month_rows in months or ():
        batch.append(joined)
        count += month_rows
        if count >= rows:
            yield separator.join(batch)
            batch, count = [], 0
    for found in iter(lambda: each.fetchmany(rows), []):
        batch += [row[0] for row in found]
        yield separator.join(batch)
        batch = []
    if batch:
        yield separator.join(batch)


def actions(
    store: Store,
    organisation: Optional[str] = None,
    status: Optional[str] = None,
    letter: Optional[str] = None,
    limit: Optional[int] = None,
) -> JsonRows[ActionRow]:
    """Stored actions (pledges and calls without a sum) matching every filter given, newest letter first."""
    where: list[str] = []
    params: list[Any] = []
    _scope(store, "a", letter, where, params)
    if organisation:
        where.append("a.actor LIKE ?")
        params.append(f"%{organisation}%")
    _status_is(status, "a", where, params)
    sql = (
        "SELECT json_object('letter', l.letter_id, 'version', l.version, 'letter_date', l.date, 'page', a.page,"
        " 'sentence', a.sentence, 'id', a.aid, 'actor', a.actor, 'action', a.action,"
        " 'beneficiaries', json(a.beneficiaries_json), 'programme', a.programme, 'status', a.status,"
        " 'modality', a.modality, 'period', a.period, 'deadline', a.deadline, 'evidence', a.sentence_text)"
        " FROM actions a JOIN letters l ON l.row_id = a.letter"
        f" WHERE {' AND '.join(where)} ORDER BY l.date DESC, l.letter_id, a.sentence, a.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    return JsonRows("ActionRow", [r[0] for r in store.conn.execute(sql, params)])


def mentions(
    store: Store,
    ref: str,
    entity_type: Optional[str] = None,
    letter: Optional[str] = None,
    limit: Optional[int] = DEFAULT_MENTION_LIMIT,
) -> list[MentionRow]:
    """Every mention whose norm or text is ref (TUN or Tunisia), with its sentence; newest letter first."""
    norms = {ref}
    try:
        norms.update(resolve_countries(store, ref))
    except UnknownCountry:
        pass
    # Norms of other families (an organisation's canonical name) match without case: look them up
    # in the small entities table so the mentions query stays on its indexes.
    norms.update(r[0] for r in store.conn.execute("SELECT norm FROM entities WHERE norm = ? COLLATE NOCASE", (ref,)))
    norm_list = sorted(norms)
    from extractor.records.sentences import DEFAULT_CONTEXT_CHARS, ELLIPSIS

    where = [f"(m.norm IN ({_placeholders(norm_list)}) OR m.text = ? COLLATE NOCASE)"]
    params: list[Any] = norm_list + [ref]
    if entity_type:
        where.append("m.type = ?")
        params.append(entity_type)
    if letter:
        where.append("m.letter = ?")
        params.append(store.resolve(letter))
    else:
        where.append("l.latest = 1")
    sql = (
        "SELECT m.*, l.letter_id, l.version, l.date AS letter_date,"
        # Rows stored before v5 have no context of their own: the head of their sentence, capped.
        f" COALESCE(m.context, CASE WHEN length(s.text) > {DEFAULT_CONTEXT_CHARS}"
        f" THEN substr(s.text, 1, {DEFAULT_CONTEXT_CHARS - len(ELLIPSIS)}) || '{ELLIPSIS}' ELSE s.text END) AS shown_context"
        " FROM mentions m JOIN letters l ON l.row_id = m.letter"
        " LEFT JOIN sentences s ON s.letter = m.letter AND s.sentence = m.sentence"
        f" WHERE {' AND '.join(where)} ORDER BY l.date IS NULL, l.date DESC, l.letter_id, m.start"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    from pydantic import TypeAdapter

    from models.store import MentionRow

    return TypeAdapter(list[MentionRow]).validate_python(
        [
            {
                "letter": r["letter_id"],
                "version": r["version"],
                "letter_date": r["letter_date"],
                "type": r["type"],
                "text": r["text"],
                "norm": r["norm"],
                "page": r["page"],
                "sentence": r["sentence"],
                "start": r["start"],
                "end": r["end"],
                "context": r["shown_context"] or "",
            }
            for r in store.conn.execute(sql, params).fetchall()
        ]
    )


def entities(store: Store, entity_type: Optional[str] = None, top: Optional[int] = DEFAULT_TOP) -> list[EntityCount]:
    """Entities by the number of letters (latest versions) naming them, most named first (named things by default)."""
    # The store keeps each entity's counts over the latest letters (see store.py, schema v3).
    # Without a type, named things only: sums and dates are values, asked for with --type.
    types = [entity_type] if entity_type else list(NAMED_FAMILIES)
    where = f"WHERE letters > 0 AND type IN ({_placeholders(types)})"
    params: list[Any] = types
    sql = f"SELECT type, norm, name, letters, mentions FROM entities {where} ORDER BY letters DESC, mentions DESC, norm"
    if top:
        sql += f" LIMIT {int(top)}"
    from models.store import EntityCount

    return [EntityCount(**dict(r)) for r in store.conn.execute(sql, params).fetchall()]


def _read_only_authorizer(refused: list[str]):
    """An SQLite authorizer that allows reading only; it notes in refused what it denied."""
    allowed_actions = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE}

    def authorize(action: int, arg1, arg2, database, trigger) -> int:
        if action in allowed_actions:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            if (arg2 or "").lower() in SQL_REFUSED_FUNCTIONS:
                refused.append(f"the function {arg2}()")
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA:
            name = (arg1 or "").lower()
            if name in SQL_PRAGMAS_WITH_ARGUMENT or (name in SQL_PRAGMAS_TO_READ and arg2 is None):
                return sqlite3.SQLITE_OK
            refused.append(f"PRAGMA {arg1}" + ("" if arg2 is None else " with a value"))
            return sqlite3.SQLITE_DENY
        if arg1 in SQLITE_SCHEMA_TABLES:
            # CREATE and DROP are asked about as writes to the schema table first.
            refused.append("a change of the schema (CREATE, DROP)")
        else:
            refused.append(SQL_ACTION_NAMES.get(action, "a statement that is not a read"))
        return sqlite3.SQLITE_DENY

    return authorize


def _extraction_json(blob: Optional[bytes]) -> Optional[str]:
    """SQL function: the JSON of a letters.extraction_zlib value (at most SQL_MAX_EXTRACTION_BYTES of it)."""
    if not isinstance(blob, bytes):
        return None
    inflater = zlib.decompressobj()
    text = inflater.decompress(blob, SQL_MAX_EXTRACTION_BYTES)
    if inflater.unconsumed_tail:
        # A value no save writes (a bomb in a store from elsewhere): refused, not inflated.
        raise ValueError(f"more than {SQL_MAX_EXTRACTION_BYTES} bytes")
    return text.decode("utf-8", "replace")


def run_sql(
    db: Union[str, os.PathLike],
    sql: str,
    timeout: float = DEFAULT_SQL_TIMEOUT_S,
    max_rows: int = DEFAULT_SQL_MAX_ROWS,
    max_memory_mb: float = DEFAULT_SQL_MAX_MEMORY_MB,
) -> tuple[list[str], list[tuple]]:
    """Run one read-only SQL statement on the store within timeout, row and memory limits; return (columns, rows)."""
    # Any schema will do: the statement reads what the store holds, it needs no upgrade.
    with Store(db, readonly=True, min_schema=EXTRACTIONS_SCHEMA) as store:
        conn = store.conn
        conn.row_factory = None
        # FTS5 connects to its table at first use and asks the authorizer then for an UPDATE of
        # sqlite_master (which a read-only connection could not do anyway): connect it first.
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (LETTER_TEXT_TABLE,)).fetchone():
            conn.execute(f"SELECT 1 FROM {LETTER_TEXT_TABLE} LIMIT 0").fetchall()
        refused: list[str] = []
        max_bytes = int(max_memory_mb * 2**20)
        if hasattr(conn, "setlimit"):  # Python 3.11+: no single string or blob larger than the limit
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_bytes)
        # The records are stored compressed (schema 6): extraction_json(extraction_zlib) gives their JSON.
        conn.create_function("extraction_json", 1, _extraction_json, deterministic=True)
        # It refuses a bomb by raising, which the statement's error reports in one line; Python's default
        # prints no traceback for that, but an imported Datasette turns the printing on for the whole process.
        sqlite3.enable_callback_tracebacks(False)
        deadline = time.monotonic() + timeout
        conn.set_progress_handler(lambda: time.monotonic() > deadline, SQL_PROGRESS_STEPS)
        try:
            # The store is opened read-only already; the authorizer also stops what a read-only
            # connection still allows: ATTACH (and VACUUM INTO) create files, fts3_tokenizer() hands
            # out pointers, PRAGMAs change the connection.
            conn.set_authorizer(_read_only_authorizer(refused))
            cursor = conn.execute(sql)
            rows, held = [], 0
            for row in cursor:
                rows.append(row)
                held += sum(len(value) if isinstance(value, (str, bytes)) else 8 for value in row)
                if len(rows) > max_rows or held > max_bytes:
                    break
        except (sqlite3.Error, sqlite3.Warning) as error:
            if refused:
                raise SqlRefused(str(db), what=refused[0]) from None
            if time.monotonic() > deadline and "interrupted" in str(error):
                raise SqlTimedOut(str(db), seconds=f"{timeout:g}") from None
            if isinstance(error, MemoryError) or "out of memory" in str(error) or "too big" in str(error):
                raise SqlTooBig(str(db), limit=f"{max_memory_mb:g} MB of memory") from None
            raise SqlFailed(str(db), error=error) from None
        except MemoryError:
            raise SqlTooBig(str(db), limit=f"{max_memory_mb:g} MB of memory") from None
        finally:
            conn.set_progress_handler(None, 0)
            conn.set_authorizer(None)
        if len(rows) > max_rows:
            raise SqlTooBig(str(db), limit=f"{max_rows:,} rows")
        if held > max_bytes:
            raise SqlTooBig(str(db), limit=f"{max_memory_mb:g} MB of memory")
        columns = [d[0] for d in cursor.description or []]
    return columns, rows


# ---------------------------------------------------------------------------------------------
# The letters themselves: a filtered list, its facets, a letter's neighbours in time
# ---------------------------------------------------------------------------------------------

# The facets of the letter list: name -> entity family (None: the letter's year).
LETTER_FACETS = {"country": "country", "organisation": "organisation", "programme": "programme", "year": None}
DEFAULT_FACET_SIZE = 12
# Words around a search hit in the list, and the marks around each hit (private-use characters,
# so the caller can escape the text for its medium and then mark the hits).
SNIPPET_WORDS = 16
SNIPPET_OPEN, SNIPPET_CLOSE = "\ue000", "\ue001"
# Families whose subjects a letter's neighbours are found by, and how many of its subjects.
NEIGHBOUR_FAMILIES = ("country", "programme", "organisation", "route", "region")
DEFAULT_NEIGHBOUR_SUBJECTS = 8


def fts_phrase_query(text: str) -> Optional[str]:
    """An FTS5 query that finds every word of text (each a quoted phrase): no user text is FTS syntax."""
    words = [w for w in re.findall(r"\w+", text or "") if w]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _letter_filters(
    store: Store,
    text: Optional[str],
    country: Optional[str],
    organisation: Optional[str],
    programme: Optional[str],
    year: Optional[str],
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (on letters l) and their parameters for the list's filters; latest versions only."""
    where = ["l.latest = 1"]
    params: list[Any] = []
    match = fts_phrase_query(text) if text else None
    if match:
        where.append("l.row_id IN (SELECT rowid FROM letter_text WHERE letter_text MATCH ?)")
        params.append(match)
    if country:
        codes = resolve_countries(store, country)
        where.append(
            "EXISTS (SELECT 1 FROM mentions m WHERE m.letter = l.row_id AND m.type = 'country'"
            f" AND m.norm IN ({_placeholders(codes)}))"
        )
        params += codes
    for family, value in (("organisation", organisation), ("programme", programme)):
        if value:
            where.append(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.letter = l.row_id AND m.type = ?"
                " AND (m.norm = ? COLLATE NOCASE OR m.text = ? COLLATE NOCASE))"
            )
            params += [family, value, value]
    if year:
        if not re.fullmatch(r"\d{4}", year.strip()):
            raise NotADate(year)
        where.append("substr(l.date, 1, 4) = ?")
        params.append(year.strip())
    return where, params


def letter_list(
    store: Store,
    text: Optional[str] = None,
    country: Optional[str] = None,
    organisation: Optional[str] = None,
    programme: Optional[str] = None,
    year: Optional[str] = None,
    limit: Optional[int] = None,
) -> list[LetterListRow]:
    """The latest version of each letter matching every filter (words of its text too), newest first."""
    from models.store import LetterListRow

    where, params = _letter_filters(store, text, country, organisation, programme, year)
    sql = (
        "SELECT l.row_id, l.letter_id, l.version, l.date, l.place, l.signatory, l.pages,"
        " (SELECT COUNT(*) FROM commitments c WHERE c.letter = l.row_id) AS commitments"
        f" FROM letters l WHERE {' AND '.join(where)}"
        " ORDER BY l.date IS NULL, l.date DESC, l.letter_id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.conn.execute(sql, params).fetchall()
    ids = [r["row_id"] for r in rows]
    counts: dict[int, dict[str, int]] = {}
    for letter, family, count in store.conn.execute(
        "SELECT letter, type, COUNT(DISTINCT norm) FROM mentions WHERE letter IN (SELECT value FROM json_each(?))"
        " GROUP BY letter, type",
        (json.dumps(ids),),
    ):
        counts.setdefault(letter, {})[family] = count
    from extractor.records.sentences import ELLIPSIS

    snippets: dict[int, str] = {}
    match = fts_phrase_query(text) if text else None
    if match and ids:
        snippets = dict(
            store.conn.execute(
                f"SELECT rowid, snippet(letter_text, 0, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '{ELLIPSIS}',"
                f" {SNIPPET_WORDS}) FROM letter_text WHERE letter_text MATCH ?"
                " AND rowid IN (SELECT value FROM json_each(?))",
                (match, json.dumps(ids)),
            ).fetchall()
        )
    return [
        LetterListRow(
            id=r["letter_id"],
            version=r["version"],
            date=r["date"],
            place=r["place"],
            signatory=r["signatory"],
            pages=r["pages"],
            entities=counts.get(r["row_id"], {}),
            commitments=r["commitments"],
            snippet=snippets.get(r["row_id"]),
        )
        for r in rows
    ]


def letter_facets(
    store: Store,
    text: Optional[str] = None,
    country: Optional[str] = None,
    organisation: Optional[str] = None,
    programme: Optional[str] = None,
    year: Optional[str] = None,
    size: int = DEFAULT_FACET_SIZE,
) -> dict[str, list[FacetValue]]:
    """For each facet (country, organisation, programme, year), its values among the letters listed, most letters first."""
    where, params = _letter_filters(store, text, country, organisation, programme, year)
    listed = f"SELECT l.row_id FROM letters l WHERE {' AND '.join(where)}"
    from models.store import FacetValue

    facets: dict[str, list[FacetValue]] = {}
    for facet, family in LETTER_FACETS.items():
        if family is None:
            sql = (
                f"SELECT substr(date, 1, 4) AS value, substr(date, 1, 4) AS label, COUNT(*) AS n FROM letters"
                f" WHERE row_id IN ({listed}) AND date IS NOT NULL GROUP BY value ORDER BY value DESC LIMIT ?"
            )
            found = store.conn.execute(sql, [*params, size]).fetchall()
        else:
            sql = (
                "SELECT e.norm AS value, e.name AS label, COUNT(DISTINCT m.letter) AS n FROM mentions m"
                f" JOIN entities e ON e.id = m.entity WHERE m.type = ? AND m.letter IN ({listed})"
                " GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?"
            )
            found = store.conn.execute(sql, [family, *params, size]).fetchall()
        facets[facet] = [FacetValue(value=r[0], label=r[1], count=r[2]) for r in found]
    return facets


def letter_neighbours(store: Store, ref: str, subjects: int = DEFAULT_NEIGHBOUR_SUBJECTS) -> list[LetterNeighbour]:
    """The letter's main subjects (most mentioned first), each with the nearest earlier and later letter naming it."""
    from models.store import LetterNeighbour

    row = store.resolve(ref)
    letter = store.conn.execute("SELECT date, letter_id FROM letters WHERE row_id = ?", (row,)).fetchone()
    found = store.conn.execute(
        f"SELECT m.type, m.norm, e.name, COUNT(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity"
        f" WHERE m.letter = ? AND m.type IN ({_placeholders(list(NEIGHBOUR_FAMILIES))})"
        " GROUP BY m.type, m.norm ORDER BY n DESC, m.norm LIMIT ?",
        [row, *NEIGHBOUR_FAMILIES, subjects],
    ).fetchall()
    naming = (
        "SELECT l.letter_id, l.date FROM letters l WHERE l.latest = 1 AND l.date IS NOT NULL AND l.row_id != ?"
        " AND EXISTS (SELECT 1 FROM mentions m WHERE m.letter = l.row_id AND m.type = ? AND m.norm = ?)"
    )
    out = []
    for family, norm, name, _count in found:
        previous = following = None
        if letter["date"]:
            key = (letter["date"], letter["letter_id"])
            previous = store.conn.execute(
                naming + " AND (l.date < ? OR (l.date = ? AND l.letter_id < ?))"
                " ORDER BY l.date DESC, l.letter_id DESC LIMIT 1",
                (row, family, norm, key[0], key[0], key[1]),
            ).fetchone()
            following = store.conn.execute(
                naming + " AND (l.date > ? OR (l.date = ? AND l.letter_id > ?)) ORDER BY l.date, l.letter_id LIMIT 1",
                (row, family, norm, key[0], key[0], key[1]),
            ).fetchone()
        out.append(
            LetterNeighbour(
                type=family,
                norm=norm,
                name=name,
                previous=previous[0] if previous else None,
                previous_date=previous[1] if previous else None,
                next=following[0] if following else None,
                next_date=following[1] if following else None,
            )
        )
    return out
