"""Questions across every stored letter: commitments, mentions, entity counts, read-only SQL.

No spaCy or pdfplumber here: these run on the SQLite store alone and start fast. Queries see
the latest version of each letter unless a letter reference (id@version) is given.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from typing import Any, Optional, Union

from pydantic import TypeAdapter

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
from extractor.records.sentences import DEFAULT_CONTEXT_CHARS, ELLIPSIS
from extractor.reference import countries, edtf
from extractor.reference.families import NAMED_FAMILIES
from extractor.reference.numbers import parse_grouped_number
from extractor.store.database import EXTRACTIONS_SCHEMA, Store
from models.store import ActionRow, CommitmentRow, EntityCount, MentionRow

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
STATUSES = ("planned", "adopted", "disbursed")
_COMMITMENT_ROWS = TypeAdapter(list[CommitmentRow])
_ACTION_ROWS = TypeAdapter(list[ActionRow])
_MENTION_ROWS = TypeAdapter(list[MentionRow])

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
CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "JPY", "₣": "CHF"}
CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP"}

_AMOUNT_RE = re.compile(
    r"^\s*(?P<pre>[A-Za-z]{3}|US\$|[€$£¥₣])?\s*"
    r"(?P<number>\d[\d,.\s]*?)\s*"
    r"(?P<mult>[A-Za-z]+)?\s*"
    r"(?P<post>[A-Za-z]{3,7}|[€$£¥₣])?\s*$"
)


def _currency(token: Optional[str]) -> Optional[str]:
    if not token:
        return None
    if token in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[token]
    if token.lower() in CURRENCY_WORDS:
        return CURRENCY_WORDS[token.lower()]
    import pycountry

    found = pycountry.currencies.get(alpha_3=token.upper())
    return found.alpha_3 if found else None


def parse_amount(text: str) -> tuple[float, Optional[str]]:
    """Parse a sum such as "10M", "1.5bn", "EUR 10M", "€1.5bn", "2 million euros" → (value, currency)."""
    match = _AMOUNT_RE.match(text or "")
    if not match:
        raise NotASum(text)
    pre, mult, post = match["pre"], match["mult"], match["post"]
    currency = None
    if pre:
        currency = _currency(pre)
        if currency is None:
            raise UnknownCurrency(text, currency=pre)
    factor = 1.0
    if mult:
        if mult.lower() in MULTIPLIERS:
            factor = MULTIPLIERS[mult.lower()]
        elif post is None and _currency(mult):
            # "10 EUR": the word after the number is the currency, not a multiplier.
            post, factor = mult, 1.0
        else:
            raise UnknownMultiplier(text, multiplier=mult)
    if post:
        post_currency = _currency(post)
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


def _date_bound(text: str, last: bool) -> str:
    start, end = edtf.bounds(text)
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


def commitments(
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
) -> list[CommitmentRow]:
    """Stored commitments matching every filter given, newest letter first."""
    where: list[str] = []
    params: list[Any] = []
    _scope(store, "c", letter, where, params)
    if country:
        codes = resolve_countries(store, country)
        # A named beneficiary decides; a commitment without one counts for countries its sentence names.
        # Written as one IN over a UNION so that SQLite answers both halves from indexes.
        where.append(
            f"c.id IN (SELECT commitment FROM commitment_beneficiaries WHERE country IN ({_placeholders(codes)})"
            " UNION SELECT c2.id FROM mentions m JOIN commitments c2 ON c2.letter = m.letter AND c2.sentence = m.sentence"
            f" WHERE m.norm IN ({_placeholders(codes)}) AND m.type = 'country'"
            " AND NOT EXISTS (SELECT 1 FROM commitment_beneficiaries b WHERE b.commitment = c2.id))"
        )
        params += codes + codes
    for family, column, value in (("organisation", "actor", organisation), ("programme", "programme", programme)):
        if value:
            pattern = f"%{value}%"
            where.append(
                f"(c.{column} LIKE ? OR EXISTS (SELECT 1 FROM mentions m WHERE m.letter = c.letter"
                f" AND m.sentence = c.sentence AND m.type = '{family}' AND (m.norm LIKE ? OR m.text LIKE ?)))"
            )
            params += [pattern, pattern, pattern]
    _status_is(status, "c", where, params)
    currencies = set()
    if min_amount:
        value, currency = parse_amount(min_amount)
        where.append("COALESCE(c.upper, c.value) >= ?")
        params.append(value)
        currencies.add(currency)
    if max_amount:
        value, currency = parse_amount(max_amount)
        where.append("c.value <= ?")
        params.append(value)
        currencies.add(currency)
    currencies.discard(None)
    if len(currencies) > 1:
        raise TwoCurrencies(f"{min_amount} / {max_amount}", what="--min-amount and --max-amount")
    if currencies:
        where.append("c.currency = ?")
        params.append(currencies.pop())
    if since:
        where.append("(l.date >= ? OR c.period_end >= ?)")
        bound = _date_bound(since, last=False)
        params += [bound, bound]
    if until:
        where.append("(l.date <= ? OR c.period_start <= ?)")
        bound = _date_bound(until, last=True)
        params += [bound, bound]
    # SQLite writes each row as a JSON object and pydantic-core reads the whole array: building
    # thousands of dicts in Python was most of the cost of a broad query.
    sql = (
        "SELECT json_object('letter', l.letter_id, 'version', l.version, 'letter_date', l.date, 'page', c.page,"
        " 'sentence', c.sentence, 'id', c.cid, 'actor', c.actor, 'action', c.action, 'value', c.value,"
        " 'currency', c.currency, 'amounts', json(c.amounts_json),"
        " 'beneficiaries', (SELECT json_group_array(country) FROM (SELECT country FROM commitment_beneficiaries b"
        " WHERE b.commitment = c.id ORDER BY country)),"
        " 'programme', c.programme, 'status', c.status, 'modality', c.modality, 'period', c.period,"
        " 'deadline', c.deadline, 'evidence', c.sentence_text)"
        " FROM commitments c JOIN letters l ON l.row_id = c.letter"
        f" WHERE {' AND '.join(where)} ORDER BY l.date IS NULL, l.date DESC, l.letter_id, c.sentence, c.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.conn.execute(sql, params).fetchall()
    return _COMMITMENT_ROWS.validate_json("[" + ",".join(r[0] for r in rows) + "]")


def actions(
    store: Store,
    organisation: Optional[str] = None,
    status: Optional[str] = None,
    letter: Optional[str] = None,
    limit: Optional[int] = None,
) -> list[ActionRow]:
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
        f" WHERE {' AND '.join(where)} ORDER BY l.date IS NULL, l.date DESC, l.letter_id, a.sentence, a.id"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.conn.execute(sql, params).fetchall()
    return _ACTION_ROWS.validate_json("[" + ",".join(r[0] for r in rows) + "]")


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
    return _MENTION_ROWS.validate_python(
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
        refused: list[str] = []
        max_bytes = int(max_memory_mb * 2**20)
        if hasattr(conn, "setlimit"):  # Python 3.11+: no single string or blob larger than the limit
            conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_bytes)
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
