"""The SQLite store: every extracted letter, versioned, in tables any SQLite tool can read.

Only the ingest parent writes (one transaction per letter), so a batch killed at any moment
leaves each letter either wholly stored or absent. This module must not import spaCy or
pdfplumber: query commands open the store and must start fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import sqlite3
import stat
import struct
import unicodedata
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, Optional, Union

from extractor.errors import (
    AmbiguousLetter,
    CannotOpenStore,
    NewerStore,
    NoStore,
    NoSuchLetter,
    NotAStore,
    OldStore,
    WalStoreUnreadable,
)
from extractor.reference import edtf
from extractor.reference.families import NAMED_FAMILIES

if TYPE_CHECKING:
    # Only for annotations: the query commands open a store without building these model trees.
    from models.action import Action
    from models.commitment import Commitment
    from models.entities import Grounding
    from models.extraction import Extraction

DEFAULT_BUSY_TIMEOUT_MS = 30_000
# A store is kept in SQLite's rollback-journal mode, not WAL: a reader then needs only read
# permission on the store file and never creates a file beside it (WAL readers must write the
# -shm, and a -wal left by another user blocks the owner), so one store can be shared between users.
STORE_JOURNAL_MODE = "delete"
SQLITE_MAGIC = b"SQLite format 3\x00"
SQLITE_HEADER_BYTES = 100
# PRAGMA application_id of a letters store ("LTRS"): the file header says whose database it is.
APPLICATION_ID = 0x4C545253
# Tables every letters store has had since schema 1; a database without them belongs to someone else.
STORE_TABLES = frozenset({"letters", "mentions", "entities", "commitments"})
# From this schema on, letters.extraction_json holds each letter's whole records: a command that
# reads only those reads an older store as it is, without upgrading it.
EXTRACTIONS_SCHEMA = 1
# From this schema on, letters.extraction_zlib holds the records zlib-compressed (before: extraction_json).
COMPRESSED_SCHEMA = 6
# zlib's default level: 5.6x smaller than the JSON, 0.15 ms to decompress a letter (bench_store).
EXTRACTION_ZLIB_LEVEL = 6
# SQLite's page for new stores. Its default, 4 KiB, holds one letter's compressed records (~3 KB)
# a page and wastes the rest, and a quarter of commitment_rows' pages: 16 KiB pages made the
# 10,000-letter store of bench_store 5% smaller, 31.1 → 29.4 KiB a letter (issue 13: bytes a letter).
STORE_PAGE_SIZE = 16384
# ANALYZE reads at most about this many rows of each index: planner statistics in milliseconds.
ANALYSIS_LIMIT = 1000
# From this schema on, the store records other renditions of a stored letter (table renditions).
RENDITIONS_SCHEMA = 7
# Same digest is another rendition only when the words are this alike too: a producer's PDF may
# lose or join a few words, but a reworded letter with the same facts is a new version to diff.
RENDITION_MIN_TEXT_RATIO = 0.95
# The words two renditions of one text share, whatever their layout, case and punctuation.
WORD_RE = re.compile(r"\w+")
# A word a printing broke at a line end ("host-\ning"): one word in another printing.
LINE_END_HYPHEN_RE = re.compile(r"(\w)[-\u00ad][ \t]*\n[ \t]*(?=[a-z])")
# A sha256 prefix shorter than this matches too much to be meant as a reference.
MIN_SHA_PREFIX = 6
# Entity families that become graph nodes (amounts and dates are attributes, not nodes).

ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
VERSIONED_REF_RE = re.compile(r"^(?P<id>.+)@(?P<version>\d+)$")
HEX_RE = re.compile(r"^[0-9a-fA-F]+$")
# A letter id that can be its own JSON file name anywhere (see json_name).
PLAIN_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
JSON_SLUG_CHARS = 60
JSON_HASH_CHARS = 12

# ---------------------------------------------------------------------------------------------
# Schema, as numbered migration steps. PRAGMA user_version holds how many have been applied, so
# a newer release opens an older store and brings it up to date in place. Never edit a released
# step: append a new one.
# ---------------------------------------------------------------------------------------------

# Column definitions several tables share, written once; the steps' text stays exactly as
# released (tests/extractor/store/test_schema_steps.py holds each step's hash).
# The first columns of a row that details one mention (amounts, dates, programmes).
MENTION_DETAIL_COLUMNS = """\
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    mention INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
"""
# What a commitment and an action both say: how far it has gone, in what mood, for what and when.
UNDERTAKING_COLUMNS = """\
    status TEXT NOT NULL,
    modality TEXT NOT NULL,
    programme TEXT,
    purpose TEXT,
    period TEXT,
    deadline TEXT,
"""

_SCHEMA_V1 = f"""
CREATE TABLE letters (
    row_id INTEGER PRIMARY KEY,
    letter_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT,
    date TEXT,
    place TEXT,
    signatory TEXT,
    pages INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL,
    latest INTEGER NOT NULL DEFAULT 1,
    extraction_json TEXT NOT NULL,
    UNIQUE (letter_id, version)
);
CREATE TABLE sentences (
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    page INTEGER,
    text TEXT NOT NULL,
    PRIMARY KEY (letter, sentence)
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    norm TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (type, norm)
);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    entity INTEGER REFERENCES entities(id),
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    page INTEGER,
    bbox TEXT,
    rule TEXT
);
CREATE TABLE amounts (
{MENTION_DETAIL_COLUMNS}    kind TEXT NOT NULL,
    value REAL NOT NULL,
    upper REAL,
    currency TEXT,
    qualifier TEXT,
    unit TEXT
);
CREATE TABLE dates (
{MENTION_DETAIL_COLUMNS}    edtf TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    relative INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE programmes (
{MENTION_DETAIL_COLUMNS}    name TEXT NOT NULL
);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    cid TEXT NOT NULL,
    actor TEXT,
    action TEXT,
    value REAL,
    upper REAL,
    currency TEXT,
{UNDERTAKING_COLUMNS}    sentence INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    page INTEGER,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    amounts_json TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE commitment_beneficiaries (
    commitment INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (commitment, country)
);
CREATE TABLE route_ties (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    route TEXT NOT NULL,
    country TEXT NOT NULL,
    role TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    page INTEGER
);
CREATE TABLE graph_edges (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    type TEXT NOT NULL,
    sentence INTEGER
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    sha256 TEXT,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX letters_by_id ON letters(letter_id, version);
CREATE INDEX letters_by_date ON letters(date);
CREATE INDEX mentions_by_norm ON mentions(norm, type);
CREATE INDEX mentions_by_text ON mentions(text COLLATE NOCASE);
CREATE INDEX mentions_by_letter ON mentions(letter, sentence);
CREATE INDEX mentions_by_entity ON mentions(entity);
CREATE INDEX amounts_by_letter ON amounts(letter);
CREATE INDEX amounts_by_value ON amounts(kind, value);
CREATE INDEX dates_by_letter ON dates(letter);
CREATE INDEX programmes_by_name ON programmes(name);
CREATE INDEX commitments_by_letter ON commitments(letter);
CREATE INDEX commitments_by_value ON commitments(value);
CREATE INDEX commitments_by_status ON commitments(status);
CREATE INDEX beneficiaries_by_country ON commitment_beneficiaries(country);
CREATE INDEX route_ties_by_country ON route_ties(country);
CREATE INDEX graph_edges_by_source ON graph_edges(source);
CREATE INDEX graph_edges_by_target ON graph_edges(target);
CREATE INDEX failures_by_sha ON failures(sha256);
"""


def _migrate_v2(conn: sqlite3.Connection) -> None:
    """Add the calendar bounds of each commitment's period/deadline, so --since/--until use an index."""
    conn.execute("ALTER TABLE commitments ADD COLUMN period_start TEXT")
    conn.execute("ALTER TABLE commitments ADD COLUMN period_end TEXT")
    rows = conn.execute("SELECT id, period, deadline FROM commitments").fetchall()
    for row_id, period, deadline in rows:
        start, end = commitment_bounds(period, deadline)
        conn.execute("UPDATE commitments SET period_start = ?, period_end = ? WHERE id = ?", (start, end, row_id))
    conn.execute("CREATE INDEX commitments_by_period ON commitments(period_start, period_end)")


_SCHEMA_V3 = """
ALTER TABLE entities ADD COLUMN letters INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
    letters = (SELECT COUNT(DISTINCT m.letter) FROM mentions m JOIN letters l ON l.row_id = m.letter
               WHERE m.entity = entities.id AND l.latest = 1),
    mentions = (SELECT COUNT(*) FROM mentions m JOIN letters l ON l.row_id = m.letter
                WHERE m.entity = entities.id AND l.latest = 1);
CREATE INDEX entities_by_count ON entities(letters DESC, mentions DESC);
CREATE INDEX entities_by_type_count ON entities(type, letters DESC, mentions DESC);
CREATE INDEX commitments_by_sentence ON commitments(letter, sentence)
"""
# v3: entities carry their counts over the latest letters, kept up to date by each save, so the
# top-N query reads an index instead of grouping every mention of every letter.

_SCHEMA_V4 = f"""
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    aid TEXT NOT NULL,
    actor TEXT,
    action TEXT,
{UNDERTAKING_COLUMNS}    beneficiaries_json TEXT NOT NULL DEFAULT '[]',
    sentence INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    page INTEGER
);
CREATE INDEX actions_by_letter ON actions(letter, sentence);
INSERT INTO actions (letter, aid, actor, action, status, modality, programme, purpose, period, deadline,
                     beneficiaries_json, sentence, sentence_text, page)
    SELECT c.letter, 'a' || substr(c.cid, 2), c.actor, c.action, c.status, c.modality, c.programme, c.purpose,
           c.period, c.deadline,
           (SELECT json_group_array(country) FROM commitment_beneficiaries b WHERE b.commitment = c.id),
           c.sentence, c.sentence_text, c.page
    FROM commitments c WHERE c.value IS NULL AND c.amounts_json = '[]';
DELETE FROM commitment_beneficiaries WHERE commitment IN
    (SELECT id FROM commitments WHERE value IS NULL AND amounts_json = '[]');
DELETE FROM commitments WHERE value IS NULL AND amounts_json = '[]'
"""
# v4: pledges without a sum of money are actions, not commitments: their own table, and the
# sum-less rows older versions stored as commitments move there.

_SCHEMA_V5 = """
ALTER TABLE mentions ADD COLUMN context TEXT
"""
# v5: each mention keeps its capped context, so a query never returns a whole long sentence per
# mention; rows stored before it read the head of their sentence instead.


def _migrate_v6(conn: sqlite3.Connection) -> None:
    """Compress each letter's records in place of extraction_json; give commitments numeric day bounds.

    A commitment's first_day/last_day span its letter's date and its period (or deadline), as day
    numbers, so --since/--until is two comparisons on one table that an index answers (before: an
    OR across letters and commitments). beneficiaries_json saves a subquery per row listed, and
    amounts_json is rewritten with every field of AmountValue, as a query prints it.
    """
    from models.entities import AmountValue

    conn.execute("ALTER TABLE letters ADD COLUMN extraction_zlib BLOB")
    rows = conn.execute("SELECT row_id, extraction_json FROM letters").fetchall()
    for row_id, text in rows:
        conn.execute("UPDATE letters SET extraction_zlib = ? WHERE row_id = ?", (compress_extraction(text), row_id))
    conn.execute("ALTER TABLE letters DROP COLUMN extraction_json")
    conn.execute("ALTER TABLE commitments ADD COLUMN first_day INTEGER")
    conn.execute("ALTER TABLE commitments ADD COLUMN last_day INTEGER")
    conn.execute("ALTER TABLE commitments ADD COLUMN beneficiaries_json TEXT NOT NULL DEFAULT '[]'")
    rows = conn.execute(
        "SELECT c.id, l.date, c.period, c.deadline, (SELECT json_group_array(country) FROM (SELECT country"
        " FROM commitment_beneficiaries b WHERE b.commitment = c.id ORDER BY country)), c.amounts_json"
        " FROM commitments c JOIN letters l ON l.row_id = c.letter"
    ).fetchall()
    for commitment_id, letter_date, period, deadline, beneficiaries, amounts in rows:
        first, last = commitment_days(letter_date, period, deadline)
        full = json.dumps([AmountValue.model_validate(a).model_dump() for a in json.loads(amounts)])
        conn.execute(
            "UPDATE commitments SET first_day = ?, last_day = ?, beneficiaries_json = ?, amounts_json = ? WHERE id = ?",
            (first, last, beneficiaries, full, commitment_id),
        )
    conn.execute("CREATE INDEX commitments_by_last_day ON commitments(last_day, first_day)")
    conn.execute("CREATE INDEX commitments_by_first_day ON commitments(first_day)")
    # The expression the --min-amount filter compares (query.commitments writes it the same way).
    conn.execute("CREATE INDEX commitments_by_top_value ON commitments(COALESCE(upper, value))")


_SCHEMA_V7 = """
CREATE TABLE renditions (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    format TEXT,
    matched TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX renditions_by_letter ON renditions(letter)
"""
# v7: another rendition of a stored letter (the same letter printed by another producer, or its
# text beside its PDF) is recorded against that letter's version instead of becoming a new one.
# The full-text index of the letters' bodies (SQLite FTS5): its rowid is letters.row_id.
LETTER_TEXT_TABLE = "letter_text"
# unicode61 folding diacritics, so "Turkiye" finds "Türkiye".
LETTER_TEXT_TOKENIZER = "unicode61 remove_diacritics 2"


def add_letter_text(conn: sqlite3.Connection, row: int, body: str) -> None:
    """Index one stored letter's body for full-text search."""
    conn.execute(f"INSERT INTO {LETTER_TEXT_TABLE} (rowid, body) VALUES (?, ?)", (row, body))


def _migrate_v8(conn: sqlite3.Connection) -> None:
    """v8: add the FTS5 index of every letter's body and fill it from the letters already stored."""
    conn.execute(f"CREATE VIRTUAL TABLE {LETTER_TEXT_TABLE} USING fts5(body, tokenize = '{LETTER_TEXT_TOKENIZER}')")
    # Every stored letter has its whole records, compressed from schema 6 on; the body is read from there.
    for row_id, blob in conn.execute("SELECT row_id, extraction_zlib FROM letters").fetchall():
        add_letter_text(conn, row_id, json.loads(decompress_extraction(blob)).get("body") or "")


# The JSON object of one listed commitment (a models.store.CommitmentRow): field -> the SQL that gives
# it from commitments c and letters l, in the model's field order (tests hold the two to each other).
# SQLite writes it once, as the letter is saved, into commitment_rows.row_json; a query copies it out.
COMMITMENT_ROW_FIELDS = {
    "letter": "l.letter_id",
    "version": "l.version",
    "letter_date": "l.date",
    "page": "c.page",
    "sentence": "c.sentence",
    "id": "c.cid",
    "actor": "c.actor",
    "action": "c.action",
    "value": "c.value",
    "currency": "c.currency",
    "amounts": "json(c.amounts_json)",
    "beneficiaries": "json(c.beneficiaries_json)",
    "programme": "c.programme",
    "status": "c.status",
    "modality": "c.modality",
    "period": "c.period",
    "deadline": "c.deadline",
    "evidence": "c.sentence_text",
}
COMMITMENT_ROW_JSON_SQL = "json_object(" + ", ".join(f"'{k}', {v}" for k, v in COMMITMENT_ROW_FIELDS.items()) + ")"
# commitment_rows' columns and what fills them: the listing order, the filters, the finished row.
COMMITMENT_ROWS_FILL = {
    "latest": "l.latest",
    # '' for an undated letter: a key column cannot be NULL, and '' sorts after every date descending too.
    "letter_date": "COALESCE(l.date, '')",
    "letter_id": "l.letter_id",
    "sentence": "c.sentence",
    "commitment": "c.id",
    "first_day": "c.first_day",
    "last_day": "c.last_day",
    "currency": "c.currency",
    "top_value": "COALESCE(c.upper, c.value)",
    "value": "c.value",
    "row_json": COMMITMENT_ROW_JSON_SQL,
}
# v10: the letter's month (its date's first seven characters, '' undated) leads the key, so that a
# month's rows lie in one run that SQLite can join into one value (see query.iter_commitment_json).
# A prefix sorts as its string does, so the key keeps the listing's order.
LETTER_MONTH_SQL = "substr(COALESCE(l.date, ''), 1, 7)"


def fill_commitment_rows_sql(columns: dict[str, str]) -> str:
    """The INSERT writing commitment_rows' `columns` (name -> SQL) from commitments c joined with letters l."""
    return (
        f"INSERT INTO commitment_rows ({', '.join(columns)})"
        f" SELECT {', '.join(columns.values())} FROM commitments c JOIN letters l ON l.row_id = c.letter"
    )


FILL_COMMITMENT_ROWS_SQL = fill_commitment_rows_sql({"letter_month": LETTER_MONTH_SQL, **COMMITMENT_ROWS_FILL})

# The listing's order over commitments c and letters l: commitment_rows filled in its key order.
COMMITMENT_ROWS_FILL_ORDER = " ORDER BY l.latest, l.date DESC, l.letter_id, c.sentence, c.id"

# Indexes of commitments that only the listing's filters read, answered from commitment_rows from v9 on.
COMMITMENT_INDEXES_REPLACED = (
    "commitments_by_value",
    "commitments_by_period",
    "commitments_by_last_day",
    "commitments_by_first_day",
    "commitments_by_top_value",
)


def _migrate_v9(conn: sqlite3.Connection) -> None:
    """v9: each commitment's listed row, its JSON written once, in a table kept in the listing's order.

    WITHOUT ROWID, keyed by the order `query commitments` lists in (latest first, newest letter,
    letter id, sentence, commitment): a listing reads it front to back, the date and sum filters
    tested on the same record, and copies each row's JSON out; no join, no sort, no JSON built per
    query. The commitment's own row in commitments stays as it was (letters sql reads it); the
    indexes that only the listing's date and sum filters used go, their pages reused by the new table.
    """
    for index in COMMITMENT_INDEXES_REPLACED:
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    _create_commitment_rows(conn, {})
    # In key order: the pages fill up one after the other.
    conn.execute(fill_commitment_rows_sql(COMMITMENT_ROWS_FILL) + COMMITMENT_ROWS_FILL_ORDER)


def _migrate_v10(conn: sqlite3.Connection) -> None:
    """v10: commitment_rows keyed by the letter's month first (LETTER_MONTH_SQL), refilled in that order.

    The same rows in the same order; a listing's rows of one month lie together, so `--json`
    takes each month's rows from SQLite as one value rather than one Python object a row
    (issue 13: the date range's 44,000 rows cost ~1.3 us each, most of it per-row work).
    """
    conn.execute("DROP TABLE commitment_rows")
    _create_commitment_rows(conn, {"letter_month": "TEXT NOT NULL"})
    conn.execute(FILL_COMMITMENT_ROWS_SQL + COMMITMENT_ROWS_FILL_ORDER)


def _create_commitment_rows(conn: sqlite3.Connection, leading: dict[str, str]) -> None:
    """commitment_rows (WITHOUT ROWID, keyed in the listing's order) and its index by commitment.

    `leading` names key columns (name -> type) put before the letter's date: none in schema 9.
    """
    conn.execute(
        f"""CREATE TABLE commitment_rows (
    latest INTEGER NOT NULL,
    {"".join(f"{name} {kind}, " for name, kind in leading.items())}letter_date TEXT NOT NULL,
    letter_id TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    commitment INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    first_day INTEGER,
    last_day INTEGER,
    currency TEXT,
    top_value REAL,
    value REAL,
    row_json TEXT NOT NULL,
    PRIMARY KEY (latest, {"".join(f"{name} DESC, " for name in leading)}letter_date DESC, letter_id, sentence, commitment)
) WITHOUT ROWID"""
    )
    conn.execute("CREATE UNIQUE INDEX commitment_rows_by_commitment ON commitment_rows(commitment)")


# Step i brings a store from user_version i to i + 1.
MIGRATIONS: list[Union[str, Callable[[sqlite3.Connection], None]]] = [
    _SCHEMA_V1,
    _migrate_v2,
    _SCHEMA_V3,
    _SCHEMA_V4,
    _SCHEMA_V5,
    _migrate_v6,
    _SCHEMA_V7,
    _migrate_v8,
    _migrate_v9,
    _migrate_v10,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migration steps the store lacks, each in its own exclusive transaction; return the version."""
    while True:
        # EXCLUSIVE, and the version read inside it: two processes that both found an old (or new,
        # empty) store take turns, and the second finds the work done instead of redoing it.
        conn.execute("BEGIN EXCLUSIVE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current > SCHEMA_VERSION:
                raise NewerStore("store", found=current, known=SCHEMA_VERSION)
            if current >= target:
                conn.execute("COMMIT")
                return current
            action = MIGRATIONS[current]
            if callable(action):
                action(conn)
            else:
                for statement in action.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if current == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            # PRAGMA user_version is transactional in SQLite, so the step and its number commit together.
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


# ---------------------------------------------------------------------------------------------
# Date bounds
# ---------------------------------------------------------------------------------------------


def commitment_bounds(period: Optional[str], deadline: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """The span of days a commitment concerns: its period, else the day(s) of its deadline."""
    start, end = edtf.bounds(period)
    if start is None and end is None:
        start, end = edtf.bounds(deadline)
    return start, end


def commitment_days(
    letter_date: Optional[str], period: Optional[str], deadline: Optional[str]
) -> tuple[Optional[int], Optional[int]]:
    """The first and last day (day numbers) a commitment concerns: its letter's date and its period or deadline.

    --since D keeps a commitment whose letter is dated on/after D or whose period ends on/after D:
    that is last_day >= D, last_day being the later of the two; --until likewise with first_day.
    """
    letter_first, letter_last = edtf.day_bounds(letter_date)
    period_first, period_last = edtf.day_bounds(period)
    if period_first is None and period_last is None:
        period_first, period_last = edtf.day_bounds(deadline)
    firsts = [d for d in (letter_first, period_first) if d is not None]
    lasts = [d for d in (letter_last, period_last) if d is not None]
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)


def compress_extraction(text: Union[str, bytes]) -> bytes:
    """A letter's records (JSON) as stored in letters.extraction_zlib."""
    return zlib.compress(text.encode("utf-8") if isinstance(text, str) else text, EXTRACTION_ZLIB_LEVEL)


def decompress_extraction(blob: bytes) -> bytes:
    """The JSON of a letter's records from letters.extraction_zlib."""
    return zlib.decompress(blob)


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def display_name(entity_type: str, norm: str, text: str) -> str:
    """A readable name for an entity: the ISO short name for a country, else its canonical form."""
    if entity_type == "country":
        from extractor.reference import countries

        return countries.country_name(norm) or text or norm
    return norm or text


def node_key(entity_type: str, norm: str) -> str:
    """The graph node id of an entity: ``type:norm`` (country:TUN, programme:NDICI)."""
    return f"{entity_type}:{norm}"


def insert_row(conn: sqlite3.Connection, table: str, columns: dict[str, object]) -> int:
    """Insert one row given as column -> value; its row id."""
    names = ", ".join(columns)
    marks = ",".join("?" * len(columns))
    return conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(columns.values())).lastrowid


def undertaking_columns(item: Union[Commitment, Action], extraction: Extraction) -> dict[str, object]:
    """The columns a commitment's row and an action's share: who undertakes what, how, and where it is said."""
    from extractor.records.sentences import context_text

    evidence = item.evidence
    return {
        "actor": item.actor,
        "action": item.action,
        "status": item.status,
        "modality": item.modality,
        "programme": item.programme,
        "purpose": item.purpose,
        "period": item.period,
        "deadline": item.deadline,
        "sentence": evidence.sentence,
        "sentence_text": context_text(extraction, evidence),  # capped: the sentence itself is kept once
        "page": evidence.page,
    }


def edge_to_country(family: str, name: str, country: str, kind: str, evidence: Grounding) -> tuple[str, str, str, int]:
    """A graph edge from a named entity to a country, kept with the sentence that states it."""
    return (node_key(family, name), node_key("country", country), kind, evidence.sentence)


def _atomic_write(path: Path, text: str) -> None:
    """Write text to path so that a reader sees the old file or the new one, never a half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            # 0o666 and the umask, as any file a tool writes (mkstemp's 0600 hid the records from
            # the rest of the group); O_EXCL so a planted file or link is never written through.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        # No fsync: os.replace is atomic against a killed process, which is what the store promises
        # (like SQLite's synchronous=NORMAL, a power cut may lose the last letters, never half of one).
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export_json(folder: Path, letter_id: str, version: int, records: Union[str, bytes]) -> Path:
    """Write a letter's records as its JSON file in folder (see json_name); the path written."""
    path = Path(folder) / json_name(letter_id, version)
    _atomic_write(path, records if isinstance(records, str) else records.decode("utf-8"))
    return path


def json_name(letter_id: str, version: int) -> str:
    """The file name of a letter's JSON records: ``<id>.json``, ``<id>.v2.json``; other ids get a slug and a hash.

    An id that is already a plain, portable file name (lower case, digits, ``_``, ``-``) is used as
    it is. Any other id (``x/y``, ``X``, ``a.b``, a long one) becomes ``<slug>~<hash of the id>``:
    no plain id holds ``~``, so two ids never share a file, on case-insensitive file systems too.
    """
    if PLAIN_ID_RE.match(letter_id):
        stem = letter_id
    else:
        slug = re.sub(r"[^A-Za-z0-9_-]+", "_", letter_id)[:JSON_SLUG_CHARS].strip("_") or "letter"
        digest = hashlib.sha256(letter_id.encode("utf-8", "surrogatepass")).hexdigest()[:JSON_HASH_CHARS]
        stem = f"{slug}~{digest}"
    return f"{stem}.json" if version == 1 else f"{stem}.v{version}.json"


def _sniff(path: Path, readonly: bool) -> bool:
    """Refuse a path that cannot be a store without opening it in SQLite; return whether it holds data."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if readonly:
            raise NoStore(str(path)) from None
        return False
    except OSError as error:
        raise CannotOpenStore(str(path), error=error.strerror or error) from None
    if not stat.S_ISREG(info.st_mode):
        # Never opened: reading a FIFO would hang, a device is nobody's store.
        raise NotAStore(str(path), error="not a regular file")
    if info.st_size == 0:
        # SQLite's own new, still empty database; a reader has nothing to read yet.
        if readonly:
            raise NoStore(str(path))
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(SQLITE_HEADER_BYTES)
    except OSError as error:
        raise CannotOpenStore(str(path), error=error.strerror or error) from None
    if not head.startswith(SQLITE_MAGIC) or len(head) < SQLITE_HEADER_BYTES:
        raise NotAStore(str(path), error="not an SQLite database")
    wal_mode = head[18] == 2 or head[19] == 2
    if not (wal_mode and Path(f"{path}-wal").exists()):
        # The header is current (no WAL holds newer pages): it tells another application's database
        # without opening it in SQLite, which for a WAL-mode file would create -shm and -wal beside it.
        schema_cookie, user_version, application = struct.unpack(">I16xI4xI", head[40:72])
        if application not in (0, APPLICATION_ID):
            raise NotAStore(str(path), error=f"an SQLite database of another application, id {application:#x}")
        if user_version == 0 and schema_cookie != 0:
            raise NotAStore(str(path), error="an SQLite database without the letters tables")
        if user_version == 0 and readonly:
            raise NoStore(str(path))
    return True


def _in_wal_mode(path: Path) -> bool:
    """Whether the store file's header says WAL mode (as stores made by earlier releases are)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SQLITE_HEADER_BYTES)
    except OSError:
        return False
    return len(head) == SQLITE_HEADER_BYTES and 2 in (head[18], head[19])


def _identify(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the letters store conn is open on; NotAStore for any other database (0: empty)."""
    try:
        application = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError as error:
        raise CannotOpenStore(str(path), error=error) from None
    except sqlite3.DatabaseError as error:
        raise NotAStore(str(path), error=f"not a readable SQLite database: {error}") from None
    if application not in (0, APPLICATION_ID):
        raise NotAStore(str(path), error=f"an SQLite database of another application, id {application:#x}")
    if version == 0 and not tables:
        return 0
    if version == 0 or not STORE_TABLES <= tables:
        raise NotAStore(str(path), error="an SQLite database without the letters tables")
    if version > SCHEMA_VERSION:
        raise NewerStore(str(path), found=version, known=SCHEMA_VERSION)
    return version


def _words(text: Optional[str]) -> list[str]:
    text = LINE_END_HYPHEN_RE.sub(r"\1", unicodedata.normalize("NFKC", text or ""))
    return WORD_RE.findall(text.casefold())


def same_text_key(extraction: Extraction) -> tuple:
    """The letter's words, parts and body, without layout, case or punctuation: equal for two printings of one text."""
    parts = extraction.letter.parts
    date = parts.date or extraction.letter.date
    signature = " ".join(bit for bit in (parts.signatory, parts.signatory_title) if bit)
    return (
        date.isoformat() if date else None,
        tuple(_words(parts.salutation)),
        tuple(_words(signature)),
        tuple(_words(extraction.body)),
    )


def same_digest_key(extraction: Extraction) -> dict:
    """The letter's digest (DIGEST.md), which two renditions of one letter share even when their layout differs."""
    # Imported here: only a save needs it, and query commands open the store and must start fast.
    from extractor.records.digest import make_digest

    return make_digest(extraction).to_json_dict()


def text_ratio(a: Extraction, b: Extraction) -> float:
    """How alike two letters' words are, 0..1 (difflib's ratio over their word sequences)."""
    import difflib

    return difflib.SequenceMatcher(None, _words(a.body), _words(b.body), autojunk=False).ratio()


class Saved(NamedTuple):
    """What saving one extraction did: stored (a new letter or version), known (these bytes), or rendition."""

    letter_id: str
    version: int
    outcome: str
    matched: Optional[str] = None


class Store:
    """A SQLite store of extracted letters (rollback journal, versioned schema)."""

    def __init__(
        self,
        path: Union[str, os.PathLike],
        readonly: bool = False,
        out_dir: Union[str, os.PathLike, None] = None,
        min_schema: int = SCHEMA_VERSION,
    ):
        """Open the store at path: readonly never creates, upgrades or writes it; else create or upgrade it.

        The store alone keeps each letter's records; out_dir, when given, also receives each saved
        letter's JSON file (an export, as `letters export` writes; nothing reads them back).
        A reader needs the store at min_schema at least (EXTRACTIONS_SCHEMA for commands that read
        only each letter's records); an older one is reported (OldStore), never upgraded by a reader.
        """
        self.path = Path(path)
        self.readonly = readonly
        self.out_dir = Path(out_dir) if out_dir is not None else None
        # Letters stored through this connection: a writer that stored any refreshes the planner's
        # statistics as it closes (see close).
        self.stored = 0
        has_data = _sniff(self.path, readonly)
        if readonly:
            # mode=ro: SQLite opens the file O_RDONLY and never creates it or anything beside it.
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self.conn = self._connect(uri, uri=True)
            self.conn.execute("PRAGMA query_only = ON")
            try:
                version = _identify(self.conn, self.path)
            except CannotOpenStore as error:
                self.conn.close()
                if _in_wal_mode(self.path):
                    raise WalStoreUnreadable(str(self.path), error=error.details["error"]) from None
                raise
            if version == 0:
                self.conn.close()
                raise NoStore(str(self.path))
            if version < min_schema:
                self.conn.close()
                raise OldStore(str(self.path), found=version, needed=min_schema)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = self._connect(str(self.path))
            if has_data:
                _identify(self.conn, self.path)
            else:
                # Only a new store takes it: the page size is fixed when its first table is made.
                self.conn.execute(f"PRAGMA page_size = {STORE_PAGE_SIZE}")
            self._use_rollback_journal()
            # NORMAL: a killed process never loses a commit; only a power cut may drop the last ones.
            self.conn.execute("PRAGMA synchronous = NORMAL")
            before = self.conn.execute("PRAGMA user_version").fetchone()[0]
            try:
                migrate(self.conn)
            except NewerStore as error:
                # migrate() knows the connection, not the file: name the file here.
                raise NewerStore(str(self.path), **error.details) from None
            if 0 < before < COMPRESSED_SCHEMA:
                self._reclaim()
            if self.conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                # A store made before stores were marked: mark it, so its header says what it is.
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.row_factory = sqlite3.Row
        self.schema_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        # (type, norm) -> entities.id; entities are never deleted, so ids once committed stay valid.
        self._entity_cache: dict[tuple[str, str], int] = {}
        # Entity ids made inside a batch() not yet committed: remembered only once the batch commits.
        self._pending_entities: Optional[dict[tuple[str, str], int]] = None

    def _connect(self, target: str, uri: bool = False) -> sqlite3.Connection:
        """A connection that waits for other processes' locks rather than failing at once."""
        try:
            conn = sqlite3.connect(target, uri=uri, isolation_level=None, timeout=DEFAULT_BUSY_TIMEOUT_MS / 1000)
            conn.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_TIMEOUT_MS}")
        except sqlite3.Error as error:
            raise CannotOpenStore(str(self.path), error=error) from None
        return conn

    def _use_rollback_journal(self) -> None:
        """Switch a store made in WAL mode by an earlier release to the rollback journal (see STORE_JOURNAL_MODE)."""
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] == STORE_JOURNAL_MODE:
            return
        try:
            self.conn.execute(f"PRAGMA journal_mode = {STORE_JOURNAL_MODE}")
        except sqlite3.OperationalError:
            # Another process has the store open: it stays in WAL mode until an ingest finds it alone.
            pass

    def _reclaim(self) -> None:
        """Give back to the file system the pages compressing the records freed (once, after schema 6)."""
        try:
            self.conn.execute("VACUUM")
        except sqlite3.OperationalError:
            # Another process has the store open: it keeps its size (and works) until a later VACUUM.
            pass

    def close(self) -> None:
        """Close the connection; a writer that stored letters first refreshes the query planner's statistics."""
        try:
            if self.stored and not self.readonly and not self.conn.in_transaction:
                self.optimize()
        except sqlite3.OperationalError:
            # Another ingest holds the store past the busy timeout: it ANALYZEs as it closes instead.
            pass
        finally:
            self.conn.close()

    def optimize(self) -> None:
        """ANALYZE the store (sampled, see ANALYSIS_LIMIT) so the planner picks the indexes; then PRAGMA optimize."""
        # PRAGMA optimize alone (SQLite 3.40) analyzes only tables this connection queried, which
        # an ingest never does: unanalyzed, date ranges took a full scan (issue 13: 3.3x slower).
        self.conn.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        self.conn.execute("ANALYZE")
        self.conn.execute("PRAGMA optimize")

    @contextlib.contextmanager
    def batch(self) -> Iterator["Store"]:
        """Save many letters in one transaction (each save a savepoint in it): all are stored, or none."""
        self.conn.execute("BEGIN IMMEDIATE")
        self._pending_entities = {}
        try:
            yield self
            self.conn.execute("COMMIT")
            self._entity_cache.update(self._pending_entities)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._pending_entities = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----------------------------------------------------------------------------- writing

    def has_sha(self, sha256: str) -> bool:
        """Whether a letter with exactly these bytes is stored (as a version, or as another rendition of one)."""
        return self.known_sha(sha256) is not None

    def known_sha(self, sha256: str) -> Optional[tuple[str, int]]:
        """The (letter id, version) whose file, or another rendition of it, has exactly these bytes; None if none."""
        found = self.conn.execute("SELECT letter_id, version FROM letters WHERE sha256 = ?", (sha256,)).fetchone()
        if found is None and self.schema_version >= RENDITIONS_SCHEMA:
            found = self.conn.execute(
                "SELECT l.letter_id, l.version FROM renditions r JOIN letters l ON l.row_id = r.letter"
                " WHERE r.sha256 = ?",
                (sha256,),
            ).fetchone()
        return (found[0], found[1]) if found is not None else None

    def _same_letter(self, extraction: Extraction) -> Optional[tuple[int, int, str]]:
        """The stored version of this id the extraction is another rendition of: (row, version, how); None if none."""
        rows = self.conn.execute(
            "SELECT row_id, version FROM letters WHERE letter_id = ? ORDER BY version DESC", (extraction.letter.id,)
        ).fetchall()
        if not rows:
            return None
        text, digest = same_text_key(extraction), same_digest_key(extraction)
        for row, version in rows:
            stored = self.get_extraction(f"{extraction.letter.id}@{version}")
            if same_text_key(stored) == text:
                return row, version, "same text"
            if same_digest_key(stored) == digest and text_ratio(stored, extraction) >= RENDITION_MIN_TEXT_RATIO:
                return row, version, "same digest"
        return None

    def save(self, extraction: Extraction) -> tuple[str, int, bool]:
        """Store one extraction in one transaction; return (letter_id, version, created)."""
        saved = self.save_letter(extraction)
        return saved.letter_id, saved.version, saved.outcome == "stored"

    def save_letter(self, extraction: Extraction) -> "Saved":
        """Store one extraction in one transaction: a new letter or version, a known file, or another rendition.

        A file whose letter is already stored under its id, with the same text or the same digest (another
        producer's PDF, its text source), is recorded as a rendition of that version: no new version, and
        neither the stored records nor their JSON file are touched.
        """
        summary = extraction.letter
        conn = self.conn
        # Inside batch() a save is a savepoint of the batch's transaction, else its own transaction.
        nested = self._pending_entities is not None
        conn.execute("SAVEPOINT save" if nested else "BEGIN IMMEDIATE")
        done = "RELEASE save" if nested else "COMMIT"
        undo = ("ROLLBACK TO save", "RELEASE save") if nested else ("ROLLBACK",)
        try:
            known = self.known_sha(summary.sha256)
            if known is not None:
                for statement in undo:
                    conn.execute(statement)
                return Saved(known[0], known[1], "known")
            same = self._same_letter(extraction)
            if same is not None:
                row, version, how = same
                conn.execute(
                    "INSERT INTO renditions (letter, sha256, source, format, matched, ingested_at) VALUES (?,?,?,?,?,?)",
                    (row, summary.sha256, summary.source, summary.format, how, _now()),
                )
                conn.execute(done)
                return Saved(summary.id, version, "rendition", how)
            last = conn.execute("SELECT MAX(version) FROM letters WHERE letter_id = ?", (summary.id,)).fetchone()[0]
            version = (last or 0) + 1
            records = extraction.model_dump_json()
            if self.out_dir is not None:
                # Written before the commit: killed in between, the next run redoes the letter and
                # overwrites it, so an exported letter is a stored one.
                export_json(self.out_dir, summary.id, version, records)
            entity_ids = self._insert(extraction, version, records)
            conn.execute(done)
            # Only committed entity ids are remembered: a rolled-back save may have made ids that vanished.
            (self._pending_entities if nested else self._entity_cache).update(entity_ids)
            self.stored += 1
        except BaseException:
            if conn.in_transaction:
                for statement in undo:
                    conn.execute(statement)
            raise
        return Saved(summary.id, version, "stored")

    def _insert(self, extraction: Extraction, version: int, records: str) -> dict[tuple[str, str], int]:
        from extractor.records.sentences import context_text, sentence_text

        summary = extraction.letter
        parts = summary.parts
        conn = self.conn
        previous = conn.execute(
            "SELECT row_id FROM letters WHERE letter_id = ? AND latest = 1", (summary.id,)
        ).fetchone()
        if previous is not None:
            # The superseded version stops counting towards its entities.
            conn.execute(
                "UPDATE entities SET letters = letters - 1, mentions = mentions - counts.n"
                " FROM (SELECT entity, COUNT(*) AS n FROM mentions WHERE letter = ? GROUP BY entity) AS counts"
                " WHERE entities.id = counts.entity",
                (previous[0],),
            )
        conn.execute("UPDATE letters SET latest = 0 WHERE letter_id = ?", (summary.id,))
        conn.execute(
            "UPDATE commitment_rows SET latest = 0 WHERE latest = 1 AND commitment IN"
            " (SELECT c.id FROM commitments c JOIN letters l ON l.row_id = c.letter WHERE l.letter_id = ?)",
            (summary.id,),
        )
        date = summary.date or parts.date
        cursor = conn.execute(
            "INSERT INTO letters (letter_id, version, sha256, source, file_name, format, date, place,"
            " signatory, pages, ingested_at, latest, extraction_zlib) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?)",
            (
                summary.id,
                version,
                summary.sha256,
                summary.source,
                Path(summary.source).name,
                summary.format,
                date.isoformat() if date else None,
                parts.place,
                parts.signatory,
                summary.pages,
                _now(),
                compress_extraction(records),
            ),
        )
        row = cursor.lastrowid
        add_letter_text(conn, row, extraction.body)

        # Each sentence's text is read once, when it is stored, not once per mention in it.
        sentences: dict[int, Grounding] = {}
        entity_ids: dict[tuple[str, str], int] = {}
        sentence_nodes: dict[int, set[str]] = {}
        # Rows are written a table at a time (executemany): the mentions take the ids SQLite would have
        # given them one by one (the largest id so far plus one), so that their detail rows can name them.
        first_mention = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM mentions").fetchone()[0]
        mention_rows: list[tuple] = []
        amount_rows: list[tuple] = []
        date_rows: list[tuple] = []
        programme_rows: list[tuple] = []
        for mention in extraction.mentions:
            grounding = mention.grounding
            sentences.setdefault(grounding.sentence, grounding)
            key = (mention.type, mention.norm)
            known = self._entity_cache.get(key) or (self._pending_entities or {}).get(key)
            if key not in entity_ids and known is not None:
                entity_ids[key] = known
            elif key not in entity_ids:
                conn.execute(
                    "INSERT OR IGNORE INTO entities (type, norm, name) VALUES (?,?,?)",
                    (mention.type, mention.norm, display_name(mention.type, mention.norm, mention.text)),
                )
                entity_ids[key] = conn.execute("SELECT id FROM entities WHERE type = ? AND norm = ?", key).fetchone()[0]
            box = grounding.boxes[0].model_dump() if grounding.boxes else None
            mention_id = first_mention + len(mention_rows)
            mention_rows.append(
                (
                    mention_id,
                    row,
                    entity_ids[key],
                    mention.type,
                    mention.text,
                    mention.norm,
                    grounding.start,
                    grounding.end,
                    grounding.sentence,
                    grounding.page,
                    json.dumps([b.model_dump() for b in grounding.boxes]) if box else None,
                    mention.rule,
                    context_text(extraction, grounding),
                )
            )
            if mention.type == "amount" and mention.amount is not None:
                amount = mention.amount
                amount_rows.append(
                    (
                        row,
                        mention_id,
                        amount.kind,
                        amount.value,
                        amount.upper,
                        amount.currency,
                        amount.qualifier,
                        amount.unit,
                    )
                )
            elif mention.type == "date":
                written = mention.date.edtf if mention.date is not None else mention.norm
                start, end = edtf.bounds(written)
                date_rows.append(
                    (row, mention_id, written, start, end, int(bool(mention.date and mention.date.relative)))
                )
            elif mention.type == "programme":
                programme_rows.append((row, mention_id, mention.norm))
            if mention.type in NAMED_FAMILIES:
                sentence_nodes.setdefault(grounding.sentence, set()).add(node_key(mention.type, mention.norm))
        conn.executemany(
            'INSERT INTO mentions (id, letter, entity, type, text, norm, start, "end", sentence, page, bbox, rule,'
            " context) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            mention_rows,
        )
        conn.executemany(
            "INSERT INTO amounts (letter, mention, kind, value, upper, currency, qualifier, unit)"
            " VALUES (?,?,?,?,?,?,?,?)",
            amount_rows,
        )
        conn.executemany(
            "INSERT INTO dates (letter, mention, edtf, start_date, end_date, relative) VALUES (?,?,?,?,?,?)",
            date_rows,
        )
        conn.executemany("INSERT INTO programmes (letter, mention, name) VALUES (?,?,?)", programme_rows)

        per_entity: dict[int, int] = {}
        for mention in extraction.mentions:
            entity = entity_ids[(mention.type, mention.norm)]
            per_entity[entity] = per_entity.get(entity, 0) + 1
        conn.executemany(
            "UPDATE entities SET letters = letters + 1, mentions = mentions + ? WHERE id = ?",
            [(count, entity) for entity, count in per_entity.items()],
        )

        edges: set[tuple[str, str, str, Optional[int]]] = set()
        beneficiary_rows: list[tuple[int, str]] = []
        for commitment in extraction.commitments:
            evidence = commitment.evidence
            sentences.setdefault(evidence.sentence, evidence)
            money = [a for a in commitment.amounts if a.kind == "money"]
            # The largest sum stands for the commitment in filters; every amount is kept in amounts_json.
            main = max(money, key=lambda a: a.upper or a.value) if money else None
            start, end = commitment_bounds(commitment.period, commitment.deadline)
            first_day, last_day = commitment_days(
                date.isoformat() if date else None, commitment.period, commitment.deadline
            )
            beneficiaries = sorted(set(commitment.beneficiaries))
            commitment_id = insert_row(
                conn,
                "commitments",
                {
                    "letter": row,
                    "cid": commitment.id,
                    **undertaking_columns(commitment, extraction),
                    "value": main.value if main else None,
                    "upper": main.upper if main else None,
                    "currency": main.currency if main else None,
                    "start": evidence.start,
                    '"end"': evidence.end,
                    # Every field, as CommitmentRow lists them: a query copies this JSON as it is.
                    "amounts_json": json.dumps([a.model_dump() for a in commitment.amounts]),
                    "period_start": start,
                    "period_end": end,
                    "first_day": first_day,
                    "last_day": last_day,
                    "beneficiaries_json": json.dumps(beneficiaries),
                },
            )
            for country in dict.fromkeys(commitment.beneficiaries):
                beneficiary_rows.append((commitment_id, country))
                if commitment.actor:
                    edges.add(edge_to_country("organisation", commitment.actor, country, "commits_to", evidence))
                if commitment.programme:
                    edges.add(edge_to_country("programme", commitment.programme, country, "funds", evidence))
        conn.executemany(
            "INSERT OR IGNORE INTO commitment_beneficiaries (commitment, country) VALUES (?,?)", beneficiary_rows
        )
        # Each commitment's listed row, as `query commitments` prints it, written by SQLite once here.
        conn.execute(FILL_COMMITMENT_ROWS_SQL + " WHERE c.letter = ?", (row,))
        for action in extraction.actions:
            evidence = action.evidence
            sentences.setdefault(evidence.sentence, evidence)
            beneficiaries = list(dict.fromkeys(action.beneficiaries))
            insert_row(
                conn,
                "actions",
                {
                    "letter": row,
                    "aid": action.id,
                    **undertaking_columns(action, extraction),
                    "beneficiaries_json": json.dumps(beneficiaries),
                },
            )
            for country in beneficiaries:
                if action.actor:
                    edges.add(edge_to_country("organisation", action.actor, country, "commits_to", evidence))
        conn.executemany(
            "INSERT INTO route_ties (letter, route, country, role, sentence, page) VALUES (?,?,?,?,?,?)",
            [(row, t.route, t.country, t.role, t.evidence.sentence, t.evidence.page) for t in extraction.route_ties],
        )
        for tie in extraction.route_ties:
            edges.add((node_key("country", tie.country), node_key("route", tie.route), tie.role, tie.evidence.sentence))
        # Entities named in one sentence are related; the edge keeps the sentence as evidence.
        for sentence, nodes in sentence_nodes.items():
            ordered = sorted(nodes)
            for i, source in enumerate(ordered):
                for target in ordered[i + 1 :]:
                    edges.add((source, target, "co_mention", sentence))
        conn.executemany(
            "INSERT INTO graph_edges (letter, source, target, type, sentence) VALUES (?,?,?,?,?)",
            [
                (row, s, t, kind, sentence)
                for s, t, kind, sentence in sorted(edges, key=lambda e: (e[3] or 0, e[0], e[1], e[2]))
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO sentences (letter, sentence, page, text) VALUES (?,?,?,?)",
            [(row, index, g.page, sentence_text(extraction, g)) for index, g in sentences.items()],
        )
        return entity_ids

    def record_failure(self, path: str, sha256: Optional[str], reason: str) -> None:
        """Record that a file could not be stored, with the one-line reason."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO failures (path, sha256, reason, at) VALUES (?,?,?,?)", (str(path), sha256, reason, _now())
            )

    # ----------------------------------------------------------------------------- reading

    def letters(self, all_versions: bool = True) -> list[sqlite3.Row]:
        """Stored letters (id, version, sha256, date, source, ...), by date then id."""
        where = "" if all_versions else "WHERE latest = 1"
        return self.conn.execute(
            "SELECT letter_id AS id, version, sha256, date, source, file_name, format, place, signatory, pages,"
            f" ingested_at, latest FROM letters {where} ORDER BY date IS NULL, date, letter_id, version"
        ).fetchall()

    def failures(self) -> list[sqlite3.Row]:
        """Recorded failures whose file has not been stored since."""
        return self.conn.execute(
            "SELECT path, sha256, reason, at FROM failures f WHERE sha256 IS NULL OR NOT EXISTS"
            " (SELECT 1 FROM letters l WHERE l.sha256 = f.sha256) ORDER BY at, id"
        ).fetchall()

    def resolve(self, ref: str) -> int:
        """The row of the letter a reference names: id (latest), id@version, sha256 prefix or ISO date."""
        conn = self.conn
        match = VERSIONED_REF_RE.match(ref)
        if match:
            found = conn.execute(
                "SELECT row_id FROM letters WHERE letter_id = ? AND version = ?",
                (match["id"], int(match["version"])),
            ).fetchone()
            if found:
                return found[0]
        found = conn.execute("SELECT row_id FROM letters WHERE letter_id = ? AND latest = 1", (ref,)).fetchone()
        if found:
            return found[0]
        candidates: list[sqlite3.Row] = []
        if ISO_DATE_RE.match(ref):
            candidates = conn.execute(
                "SELECT row_id, letter_id FROM letters WHERE date = ? AND latest = 1", (ref,)
            ).fetchall()
        elif HEX_RE.match(ref) and len(ref) >= MIN_SHA_PREFIX:
            candidates = conn.execute(
                "SELECT row_id, letter_id FROM letters WHERE sha256 LIKE ?", (ref.lower() + "%",)
            ).fetchall()
        if len(candidates) == 1:
            return candidates[0][0]
        if len(candidates) > 1:
            names = ", ".join(sorted({c[1] for c in candidates})[:5])
            raise AmbiguousLetter(ref, count=len(candidates), names=names)
        raise NoSuchLetter(ref, store=self.path)

    def extraction_json(self, row: int) -> bytes:
        """The JSON of the records of the letter stored in a row (see resolve), as saved."""
        if self.schema_version >= COMPRESSED_SCHEMA:
            found = self.conn.execute("SELECT extraction_zlib FROM letters WHERE row_id = ?", (row,)).fetchone()
            return decompress_extraction(found[0])
        # An older store a reader opens as it is (EXTRACTIONS_SCHEMA): the records uncompressed.
        found = self.conn.execute("SELECT extraction_json FROM letters WHERE row_id = ?", (row,)).fetchone()
        return found[0].encode("utf-8")

    def get_extraction(self, ref: str) -> Extraction:
        """The stored Extraction a reference names (see resolve)."""
        from models.extraction import Extraction

        return Extraction.model_validate_json(self.extraction_json(self.resolve(ref)))

    def latest_rows(self) -> list[int]:
        """The rows of the latest version of each letter, in letter-date order."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT row_id FROM letters WHERE latest = 1 ORDER BY date IS NULL, date, letter_id"
            ).fetchall()
        ]

    def iter_extractions(self) -> Iterator[Extraction]:
        """The latest version of each letter, in letter-date order, one at a time."""
        from models.extraction import Extraction

        for row in self.latest_rows():
            yield Extraction.model_validate_json(self.extraction_json(row))

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and a letters-have-their-records check."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
