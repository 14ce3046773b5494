"""The SQLite store: every extracted letter, versioned, in tables any SQLite tool can read.

Only the ingest parent writes (one transaction per letter), so a batch killed at any moment
leaves each letter either wholly stored or absent. This module must not import spaCy or
pdfplumber: query commands open the store and must start fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from calendar import monthrange
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from extractor.errors import AmbiguousLetter, NewerStore, NoStore, NoSuchLetter, NotAStore
from models.extraction import Extraction

DEFAULT_BUSY_TIMEOUT_MS = 30_000
# A sha256 prefix shorter than this matches too much to be meant as a reference.
MIN_SHA_PREFIX = 6
# Entity families that become graph nodes (amounts and dates are attributes, not nodes).
GRAPH_NODE_TYPES = ("country", "region", "organisation", "person", "route", "programme")

ISO_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
VERSIONED_REF_RE = re.compile(r"^(?P<id>.+)@(?P<version>\d+)$")
HEX_RE = re.compile(r"^[0-9a-fA-F]+$")

# ---------------------------------------------------------------------------------------------
# Schema, as numbered migration steps. PRAGMA user_version holds how many have been applied, so
# a newer release opens an older store and brings it up to date in place. Never edit a released
# step: append a new one.
# ---------------------------------------------------------------------------------------------

_SCHEMA_V1 = """
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
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    mention INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    upper REAL,
    currency TEXT,
    qualifier TEXT,
    unit TEXT
);
CREATE TABLE dates (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    mention INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
    edtf TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    relative INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE programmes (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    mention INTEGER REFERENCES mentions(id) ON DELETE CASCADE,
    name TEXT NOT NULL
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
    status TEXT NOT NULL,
    modality TEXT NOT NULL,
    programme TEXT,
    purpose TEXT,
    period TEXT,
    deadline TEXT,
    sentence INTEGER NOT NULL,
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

_SCHEMA_V4 = """
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    letter INTEGER NOT NULL REFERENCES letters(row_id) ON DELETE CASCADE,
    aid TEXT NOT NULL,
    actor TEXT,
    action TEXT,
    status TEXT NOT NULL,
    modality TEXT NOT NULL,
    programme TEXT,
    purpose TEXT,
    period TEXT,
    deadline TEXT,
    beneficiaries_json TEXT NOT NULL DEFAULT '[]',
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

# Step i brings a store from user_version i to i + 1.
MIGRATIONS: list[Union[str, Callable[[sqlite3.Connection], None]]] = [
    _SCHEMA_V1,
    _migrate_v2,
    _SCHEMA_V3,
    _SCHEMA_V4,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migration steps the store lacks, each in its own transaction; return the version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise NewerStore("store", found=current, known=SCHEMA_VERSION)
    for step in range(current, target):
        action = MIGRATIONS[step]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if callable(action):
                action(conn)
            else:
                for statement in action.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            # PRAGMA user_version is transactional in SQLite, so the step and its number commit together.
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return max(current, target)


# ---------------------------------------------------------------------------------------------
# EDTF → calendar bounds (enough of EDTF levels 0-2 for the dates letters state).
# ---------------------------------------------------------------------------------------------

# EDTF sub-year groupings: 21-24 seasons, 25-32 hemisphere seasons, 33-36 quarters,
# 37-39 quadrimesters, 40-41 semesters -> (first month, last month); winter runs into next year.
_SUBYEAR_MONTHS = {
    21: (3, 5),
    22: (6, 8),
    23: (9, 11),
    24: (12, 14),
    25: (3, 5),
    26: (6, 8),
    27: (9, 11),
    28: (12, 14),
    29: (9, 11),
    30: (12, 14),
    31: (3, 5),
    32: (6, 8),
    33: (1, 3),
    34: (4, 6),
    35: (7, 9),
    36: (10, 12),
    37: (1, 4),
    38: (5, 8),
    39: (9, 12),
    40: (1, 6),
    41: (7, 12),
}


def _month_end(year: int, month: int) -> dt.date:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.date(year, month, monthrange(year, month)[1])


def _edtf_single(text: str) -> tuple[Optional[dt.date], Optional[dt.date]]:
    text = text.strip().rstrip("?~%").lstrip("?~%")
    if not text or text == "..":
        return None, None
    parts = text.split("-")
    if parts[0] == "" and len(parts) > 1:  # a negative year: out of any letter's scope
        return None, None
    year_text = parts[0]
    if not re.fullmatch(r"\d{2,4}X{0,2}", year_text) or len(year_text) != 4:
        return None, None
    if "X" in year_text:  # 202X: the decade
        low, high = int(year_text.replace("X", "0")), int(year_text.replace("X", "9"))
        return dt.date(max(low, dt.MINYEAR), 1, 1), dt.date(max(high, dt.MINYEAR), 12, 31)
    year = int(year_text)
    if year < dt.MINYEAR:  # year 0000 names no day a calendar has
        return None, None
    if len(parts) == 1:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month_text = parts[1].strip("?~%")
    if not month_text.isdigit():
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(month_text)
    if month in _SUBYEAR_MONTHS:
        first, last = _SUBYEAR_MONTHS[month]
        return dt.date(year, first, 1), _month_end(year, last)
    if not 1 <= month <= 12:
        return None, None
    if len(parts) == 2 or not parts[2].strip("?~%").isdigit():
        return dt.date(year, month, 1), _month_end(year, month)
    day = int(parts[2].strip("?~%"))
    try:
        day_date = dt.date(year, month, day)
    except ValueError:
        return None, None
    return day_date, day_date


def edtf_bounds(edtf: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Return the first and last ISO day an EDTF string denotes (None where open or unreadable)."""
    if not edtf:
        return None, None
    text = edtf.strip()
    if "/" in text:
        left, right = text.split("/", 1)
        start = _edtf_single(left)[0]
        end = _edtf_single(right)[1]
    else:
        start, end = _edtf_single(text)
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def commitment_bounds(period: Optional[str], deadline: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """The span of days a commitment concerns: its period, else the day(s) of its deadline."""
    start, end = edtf_bounds(period)
    if start is None and end is None:
        start, end = edtf_bounds(deadline)
    return start, end


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def display_name(entity_type: str, norm: str, text: str) -> str:
    """A readable name for an entity: the ISO short name for a country, else its canonical form."""
    if entity_type == "country":
        try:
            import pycountry

            country = pycountry.countries.get(alpha_3=norm)
        except (ImportError, LookupError, KeyError):
            country = None
        if country is not None:
            return getattr(country, "common_name", None) or country.name
        return text or norm
    return norm or text


def node_key(entity_type: str, norm: str) -> str:
    """The graph node id of an entity: ``type:norm`` (country:TUN, programme:NDICI)."""
    return f"{entity_type}:{norm}"


def _atomic_write(path: Path, text: str) -> None:
    """Write text to path so that a reader sees the old file or the new one, never a half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def json_name(letter_id: str, version: int) -> str:
    """The file name of a letter's JSON records beside the store: ``<id>.json``, ``<id>.v2.json``."""
    safe = re.sub(r"[^\w.@-]+", "_", letter_id) or "letter"
    return f"{safe}.json" if version == 1 else f"{safe}.v{version}.json"


class Store:
    """A SQLite store of extracted letters (WAL mode, versioned schema)."""

    def __init__(
        self, path: Union[str, os.PathLike], readonly: bool = False, out_dir: Union[str, os.PathLike, None] = None
    ):
        """Open (and create or upgrade, unless readonly) the store at path."""
        self.path = Path(path)
        self.readonly = readonly
        self.out_dir = Path(out_dir) if out_dir is not None else self.path.parent
        if readonly:
            if not self.path.exists():
                raise NoStore(str(self.path))
            self._upgrade_if_needed()
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            self.conn.execute("PRAGMA query_only = ON")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), isolation_level=None)
            self.conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable against a killed process in WAL mode; only power loss may drop the
            # last commits, never corrupt the file.
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute(f"PRAGMA busy_timeout = {DEFAULT_BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.row_factory = sqlite3.Row
        if not readonly:
            try:
                migrate(self.conn)
            except NewerStore as error:
                # migrate() knows the connection, not the file: name the file here.
                raise NewerStore(str(self.path), **error.details) from None
        self.schema_version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        # (type, norm) -> entities.id; only this connection writes, so ids once committed stay valid.
        self._entity_cache: dict[tuple[str, str], int] = {}

    def _upgrade_if_needed(self) -> None:
        """Bring an older store up to date before a read-only open (a query after an upgrade)."""
        try:
            probe = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            version = probe.execute("PRAGMA user_version").fetchone()[0]
            probe.close()
        except sqlite3.DatabaseError as error:
            raise NotAStore(str(self.path), error=error) from None
        if version > SCHEMA_VERSION:
            raise NewerStore(str(self.path), found=version, known=SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            Store(self.path).close()

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ----------------------------------------------------------------------------- writing

    def has_sha(self, sha256: str) -> bool:
        """Whether a letter with exactly these bytes is stored."""
        return self.conn.execute("SELECT 1 FROM letters WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def save(self, extraction: Extraction) -> tuple[str, int, bool]:
        """Store one extraction in one transaction; return (letter_id, version, created)."""
        summary = extraction.letter
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            known = conn.execute(
                "SELECT letter_id, version FROM letters WHERE sha256 = ?", (summary.sha256,)
            ).fetchone()
            if known is not None:
                conn.execute("ROLLBACK")
                return known["letter_id"], known["version"], False
            last = conn.execute("SELECT MAX(version) FROM letters WHERE letter_id = ?", (summary.id,)).fetchone()[0]
            version = (last or 0) + 1
            # The JSON is written before the commit: killed in between, the next run redoes the
            # letter and overwrites it, so a stored letter always has its JSON.
            _atomic_write(self.out_dir / json_name(summary.id, version), extraction.model_dump_json(indent=1))
            entity_ids = self._insert(extraction, version)
            conn.execute("COMMIT")
            # Only committed entity ids are remembered: a rolled-back save may have made ids that vanished.
            self._entity_cache.update(entity_ids)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return summary.id, version, True

    def _insert(self, extraction: Extraction, version: int) -> dict[tuple[str, str], int]:
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
        date = summary.date or parts.date
        cursor = conn.execute(
            "INSERT INTO letters (letter_id, version, sha256, source, file_name, format, date, place,"
            " signatory, pages, ingested_at, latest, extraction_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?)",
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
                extraction.model_dump_json(),
            ),
        )
        row = cursor.lastrowid

        sentences: dict[int, tuple[Optional[int], str]] = {}
        entity_ids: dict[tuple[str, str], int] = {}
        sentence_nodes: dict[int, set[str]] = {}
        for mention in extraction.mentions:
            grounding = mention.grounding
            sentences.setdefault(grounding.sentence, (grounding.page, grounding.sentence_text))
            key = (mention.type, mention.norm)
            if key not in entity_ids and key in self._entity_cache:
                entity_ids[key] = self._entity_cache[key]
            elif key not in entity_ids:
                conn.execute(
                    "INSERT OR IGNORE INTO entities (type, norm, name) VALUES (?,?,?)",
                    (mention.type, mention.norm, display_name(mention.type, mention.norm, mention.text)),
                )
                entity_ids[key] = conn.execute("SELECT id FROM entities WHERE type = ? AND norm = ?", key).fetchone()[0]
            box = grounding.boxes[0].model_dump() if grounding.boxes else None
            mention_id = conn.execute(
                'INSERT INTO mentions (letter, entity, type, text, norm, start, "end", sentence, page, bbox, rule)'
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
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
                ),
            ).lastrowid
            if mention.type == "amount" and mention.amount is not None:
                amount = mention.amount
                conn.execute(
                    "INSERT INTO amounts (letter, mention, kind, value, upper, currency, qualifier, unit)"
                    " VALUES (?,?,?,?,?,?,?,?)",
                    (
                        row,
                        mention_id,
                        amount.kind,
                        amount.value,
                        amount.upper,
                        amount.currency,
                        amount.qualifier,
                        amount.unit,
                    ),
                )
            elif mention.type == "date":
                edtf = mention.date.edtf if mention.date is not None else mention.norm
                start, end = edtf_bounds(edtf)
                conn.execute(
                    "INSERT INTO dates (letter, mention, edtf, start_date, end_date, relative) VALUES (?,?,?,?,?,?)",
                    (row, mention_id, edtf, start, end, int(bool(mention.date and mention.date.relative))),
                )
            elif mention.type == "programme":
                conn.execute(
                    "INSERT INTO programmes (letter, mention, name) VALUES (?,?,?)", (row, mention_id, mention.norm)
                )
            if mention.type in GRAPH_NODE_TYPES:
                sentence_nodes.setdefault(grounding.sentence, set()).add(node_key(mention.type, mention.norm))

        per_entity: dict[int, int] = {}
        for mention in extraction.mentions:
            entity = entity_ids[(mention.type, mention.norm)]
            per_entity[entity] = per_entity.get(entity, 0) + 1
        conn.executemany(
            "UPDATE entities SET letters = letters + 1, mentions = mentions + ? WHERE id = ?",
            [(count, entity) for entity, count in per_entity.items()],
        )

        edges: set[tuple[str, str, str, Optional[int]]] = set()
        for commitment in extraction.commitments:
            evidence = commitment.evidence
            sentences.setdefault(evidence.sentence, (evidence.page, evidence.sentence_text))
            money = [a for a in commitment.amounts if a.kind == "money"]
            # The largest sum stands for the commitment in filters; every amount is kept in amounts_json.
            main = max(money, key=lambda a: a.upper or a.value) if money else None
            start, end = commitment_bounds(commitment.period, commitment.deadline)
            commitment_id = conn.execute(
                "INSERT INTO commitments (letter, cid, actor, action, value, upper, currency, status, modality,"
                ' programme, purpose, period, deadline, sentence, sentence_text, page, start, "end", amounts_json,'
                " period_start, period_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    row,
                    commitment.id,
                    commitment.actor,
                    commitment.action,
                    main.value if main else None,
                    main.upper if main else None,
                    main.currency if main else None,
                    commitment.status,
                    commitment.modality,
                    commitment.programme,
                    commitment.purpose,
                    commitment.period,
                    commitment.deadline,
                    evidence.sentence,
                    evidence.sentence_text,
                    evidence.page,
                    evidence.start,
                    evidence.end,
                    json.dumps([a.model_dump(exclude_none=True) for a in commitment.amounts]),
                    start,
                    end,
                ),
            ).lastrowid
            for country in dict.fromkeys(commitment.beneficiaries):
                conn.execute(
                    "INSERT OR IGNORE INTO commitment_beneficiaries (commitment, country) VALUES (?,?)",
                    (commitment_id, country),
                )
                if commitment.actor:
                    edges.add(
                        (
                            node_key("organisation", commitment.actor),
                            node_key("country", country),
                            "commits_to",
                            evidence.sentence,
                        )
                    )
                if commitment.programme:
                    edges.add(
                        (
                            node_key("programme", commitment.programme),
                            node_key("country", country),
                            "funds",
                            evidence.sentence,
                        )
                    )
        for action in extraction.actions:
            evidence = action.evidence
            sentences.setdefault(evidence.sentence, (evidence.page, evidence.sentence_text))
            conn.execute(
                "INSERT INTO actions (letter, aid, actor, action, status, modality, programme, purpose, period,"
                " deadline, beneficiaries_json, sentence, sentence_text, page) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    row,
                    action.id,
                    action.actor,
                    action.action,
                    action.status,
                    action.modality,
                    action.programme,
                    action.purpose,
                    action.period,
                    action.deadline,
                    json.dumps(list(dict.fromkeys(action.beneficiaries))),
                    evidence.sentence,
                    evidence.sentence_text,
                    evidence.page,
                ),
            )
            for country in dict.fromkeys(action.beneficiaries):
                if action.actor:
                    edges.add(
                        (
                            node_key("organisation", action.actor),
                            node_key("country", country),
                            "commits_to",
                            evidence.sentence,
                        )
                    )
        for tie in extraction.route_ties:
            conn.execute(
                "INSERT INTO route_ties (letter, route, country, role, sentence, page) VALUES (?,?,?,?,?,?)",
                (row, tie.route, tie.country, tie.role, tie.evidence.sentence, tie.evidence.page),
            )
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
            [(row, index, page, text) for index, (page, text) in sentences.items()],
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

    def get_extraction(self, ref: str) -> Extraction:
        """The stored Extraction a reference names (see resolve)."""
        row = self.resolve(ref)
        text = self.conn.execute("SELECT extraction_json FROM letters WHERE row_id = ?", (row,)).fetchone()[0]
        return Extraction.model_validate_json(text)

    def iter_extractions(self) -> Iterator[Extraction]:
        """The latest version of each letter, in letter-date order, one at a time."""
        rows = self.conn.execute(
            "SELECT row_id FROM letters WHERE latest = 1 ORDER BY date IS NULL, date, letter_id"
        ).fetchall()
        for (row,) in rows:
            text = self.conn.execute("SELECT extraction_json FROM letters WHERE row_id = ?", (row,)).fetchone()[0]
            yield Extraction.model_validate_json(text)

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and a letters-have-their-records check."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in self.conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
