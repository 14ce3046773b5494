"""Batch ingest: files, folders and globs → a pool of long-lived workers (or a Dask cluster) → the SQLite store.

Each file is hashed first; bytes already stored are skipped without sending them anywhere. The
rest run in `jobs` long-lived worker processes forked from this warmed process (`extractor.pool`),
each file under a time limit and an address-space limit, so a hostile PDF can hang or blow up only
its worker, which is killed and replaced; with `dask`, on a cluster's workers under the same limits
(`store.cluster`). Workers send the Extraction back as JSON; only this parent writes to SQLite,
one transaction per letter, so a batch killed at any moment loses nothing stored and the next run
finishes the work.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional, Union

from extractor import sandbox
from extractor.errors import (
    CannotRead,
    CannotSave,
    EmptyLetter,
    LettersError,
    LinkOutOfFolder,
    ManifestEntryRefused,
    NameNotUtf8,
    NotARegularFile,
    NotFound,
    TooLarge,
    WorkerCrashed,
)
from extractor.reading.options import DEFAULT_ENGINE, LETTER_SUFFIXES
from extractor.reading.reader import DEFAULT_MAX_FILE_MB
from extractor.sandbox import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S
from models.extraction import Extraction
from models.store import IngestItem, IngestReport

MANIFEST_NAME = "manifest.json"
# The cores this process may run on (a container or `taskset` may allow fewer than the machine has).
DEFAULT_JOBS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
# How often the parent wakes to check deadlines and redraw the progress bar.
POLL_INTERVAL_S = 0.25
# A manifest id is a name, not a text: longer ones are refused (the entry, not the batch).
MAX_LETTER_ID_CHARS = 200
CONTROL_CHARS_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
HASH_CHUNK_BYTES = 1 << 20
# PDFs a worker of a pdfium batch must have in the batch for the parent to load the compiled reader before forking.
PDFS_A_WORKER_BEFORE_COMPILED = 30
# Text files whose bytes are all blanks (and a UTF-8 byte order mark) hold no letter.
TEXT_SUFFIXES = (".txt", ".md")
BLANK_BYTES = b" \t\r\n\x0b\x0c"
UTF8_BOM = b"\xef\xbb\xbf"
SPECIAL_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)

ExtractFn = Callable[..., Extraction]


def _file_kind(path: Path) -> Optional[str]:
    """What a path that is not a regular file is ("a FIFO", "a socket", ...); None for a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # gone or unreadable: reading it says why
    for test, kind in SPECIAL_FILE_KINDS:
        if test(mode):
            return kind
    return None


def _not_utf8(text: str) -> bool:
    """Whether a name decoded from the file system holds bytes that are not UTF-8 (surrogate escapes)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _refused(path: Union[str, os.PathLike], error: LettersError) -> IngestItem:
    return IngestItem(path=str(path), outcome="failed", reason=str(error))


def _read_manifest(folder: Path) -> Optional[tuple[list[tuple[Path, str]], list[IngestItem]]]:
    """The (file, letter id) a folder's manifest.json lists, and the entries it refuses; None without one.

    A manifest is a list of {"file", "id"}. An entry is refused, alone, when its file lies outside
    the folder (``../``, absolute, a link out), its id is not a short one-line text, or its id was
    given to an earlier entry (two letters under one id would become versions of each other).
    """
    manifest = folder / MANIFEST_NAME
    if not manifest.is_file():
        return None
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return None  # not our kind of manifest: the folder is read as any other
    if not isinstance(entries, list):
        return None
    inside = folder.resolve()
    listed: list[tuple[Path, str]] = []
    refused: list[IngestItem] = []
    first_file: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("file"):
            continue
        name = entry["file"]
        if not isinstance(name, str):
            refused.append(
                _refused(manifest, ManifestEntryRefused(manifest, file=repr(name), reason="not a file name"))
            )
            continue
        target = folder / name
        letter_id = entry.get("id") or Path(name).stem
        if isinstance(letter_id, int) and not isinstance(letter_id, bool):
            letter_id = str(letter_id)
        reason = None
        if not isinstance(letter_id, str):
            reason = "its id is not a text"
        elif len(letter_id) > MAX_LETTER_ID_CHARS:
            reason = f"its id is longer than {MAX_LETTER_ID_CHARS} characters"
        elif CONTROL_CHARS_RE.search(letter_id):
            reason = "its id holds control characters"
        elif letter_id in first_file:
            reason = f"its id {letter_id!r} is already given to {first_file[letter_id]}"
        elif not target.resolve().is_relative_to(inside):
            reason = "the file lies outside the manifest's folder"
        if reason is not None:
            refused.append(_refused(target, ManifestEntryRefused(manifest, file=name, reason=reason)))
        else:
            first_file[letter_id] = name
            listed.append((target, letter_id))
    return listed, refused


def expand_paths(paths: Iterable[Union[str, os.PathLike]]) -> tuple[list[tuple[Path, str]], list[IngestItem]]:
    """Expand files, folders (recursively: .pdf, .txt, .md) and globs into (file, letter id); also the misses.

    A folder with a manifest.json listing {"file", "id"} entries contributes exactly the files it
    lists, under their ids (a corpus keeps the text sources of its PDFs beside them). Elsewhere, a
    letter's id is its file stem, and a .txt/.md beside a PDF of the same stem is taken for that PDF's
    text rendering and left out, so one letter does not become two versions of itself.
    """
    found: dict[str, tuple[Path, str]] = {}
    missing: list[IngestItem] = []

    def add_file(path: Path, letter_id: Optional[str] = None) -> None:
        if _not_utf8(str(path)):
            # Found in a folder or a glob: its name could be neither stored nor printed as text.
            shown = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            missing.append(_refused(shown, NameNotUtf8(shown)))
            return
        kind = _file_kind(path)
        if kind is not None:
            # Never opened: a FIFO would block the batch, a device would be read for ever.
            missing.append(_refused(path, NotARegularFile(path, kind=kind)))
            return
        found.setdefault(str(path.resolve()), (path, letter_id or path.stem))

    def add_dir(folder: Path, root: Optional[Path] = None, seen: Optional[set[Path]] = None) -> None:
        # A walk stays inside the folder it was given: a link out of it (to /etc, to a home
        # folder) is refused, and a link back up (a loop) is walked once.
        root = root or folder.resolve()
        seen = set() if seen is None else seen
        if folder.resolve() in seen:
            return
        seen.add(folder.resolve())
        manifest = _read_manifest(folder)
        if manifest is not None:
            listed, refused = manifest
            missing.extend(refused)
            for target, letter_id in listed:
                if target.exists():
                    add_file(target, letter_id)
                else:
                    missing.append(_refused(target, NotFound(str(target))))
            return
        for child in sorted(folder.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_symlink() and (child.is_dir() or child.suffix.lower() in LETTER_SUFFIXES):
                target = child.resolve()
                if not target.is_relative_to(root):
                    missing.append(_refused(child, LinkOutOfFolder(child, target=target)))
                    continue
            if child.is_dir():
                add_dir(child, root, seen)
            elif child.suffix.lower() in LETTER_SUFFIXES and child.exists():
                if child.suffix.lower() != ".pdf" and any(
                    (folder / (child.stem + suffix)).is_file() for suffix in (".pdf", ".PDF")
                ):
                    continue
                add_file(child)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            add_dir(path)
        elif path.exists():
            add_file(path)
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            for match in matches:
                candidate = Path(match)
                if candidate.is_dir():
                    add_dir(candidate)
                elif candidate.suffix.lower() in LETTER_SUFFIXES:
                    add_file(candidate)
            if not matches:
                missing.append(_refused(raw, NotFound(str(raw))))
    return list(found.values()), missing


def checked_sha256(path: Path, max_file_mb: float = DEFAULT_MAX_FILE_MB) -> str:
    """The sha256 of a letter file's bytes; LettersError for a special, too large or empty file, found before hashing."""
    # O_NONBLOCK: should the path have become a FIFO since it was listed, opening it does not wait for a writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        for test, kind in SPECIAL_FILE_KINDS:
            if test(info.st_mode):
                raise NotARegularFile(path, kind=kind)
        # The size from stat(), so a huge (or sparse) file is refused at once instead of hashed first.
        if info.st_size > max_file_mb * 1024 * 1024:
            size = f"{info.st_size / 1024 / 1024:.0f} MB"
            raise TooLarge(path, what="the file", size=size, limit=f"{max_file_mb:g} MB")
        digest = hashlib.sha256()
        text = path.suffix.lower() in TEXT_SUFFIXES
        blank = first = True
        for chunk in iter(lambda: handle.read(HASH_CHUNK_BYTES), b""):
            digest.update(chunk)
            if blank:
                body = chunk[len(UTF8_BOM) :] if first and chunk.startswith(UTF8_BOM) else chunk
                blank = not (body.strip(BLANK_BYTES) if text else body)
            first = False
    if blank:
        raise EmptyLetter(path)
    return digest.hexdigest()


def default_extract() -> ExtractFn:
    """The extraction a worker runs: extractor.records.extract.extract_path (imported here, not at start-up)."""
    from extractor.records.extract import extract_path

    return extract_path


class _Task:
    __slots__ = ("path", "sha256", "letter_id")

    def __init__(self, path: Path, sha256: str, letter_id: str):
        self.path, self.sha256, self.letter_id = path, sha256, letter_id


def _progress_bar(total: int):
    """A rich progress bar on stderr for total files, with pages per second; returned with its task id."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # No auto-refresh thread: forking a process that runs threads can deadlock the child.
    bar = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[pages]} pages, {task.fields[rate]} pages/s"),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=False,
    )
    bar.start()
    return bar, bar.add_task("", total=total, pages=0, rate="-")


def ingest(
    paths: Iterable[Union[str, os.PathLike]],
    db: Union[str, os.PathLike],
    jobs: int = DEFAULT_JOBS,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_memory_mb: Optional[int] = DEFAULT_MAX_MEMORY_MB,
    password: Optional[str] = None,
    progress: bool = False,
    out_dir: Union[str, os.PathLike, None] = None,
    extract: Optional[ExtractFn] = None,
    on_item: Optional[Callable[[IngestItem], None]] = None,
    options: Optional[Mapping[str, Any]] = None,
    dask: Optional[str] = None,
) -> IngestReport:
    """Ingest files, folders and globs into the store at db; return the summary.

    `options` are the reading options every worker passes to the extraction as keywords (with
    `password`); `dask` is a scheduler address or "local" to run the files' work on a Dask cluster,
    where the extraction is always the pipeline's (`extract`, a test hook, applies to the local pool).
    """
    from extractor.store.database import Store

    began = time.monotonic()
    jobs = max(1, int(jobs or 1))
    reading = {"password": password, **(options or {})}
    if dask is not None:
        from extractor.store import cluster

        cluster.require_dask()
    store = Store(db, out_dir=out_dir)
    report = IngestReport(db=str(db))

    def finish(item: IngestItem) -> None:
        report.items.append(item)
        if item.outcome == "stored":
            report.processed += 1
        elif item.outcome == "rendition":
            report.renditions += 1
        elif item.outcome == "skipped":
            report.skipped += 1
        else:
            report.failed += 1
        if on_item is not None:
            on_item(item)

    files, missing = expand_paths(paths)
    for item in missing:
        store.record_failure(item.path, None, item.reason or "")
        finish(item)

    pending: list[_Task] = []
    queued: dict[str, str] = {}
    for path, letter_id in files:
        try:
            sha = checked_sha256(path)
        except LettersError as error:
            store.record_failure(str(path), None, str(error))
            finish(_refused(path, error))
            continue
        except OSError as error:
            reason = str(CannotRead(path, reason=error.strerror or error))
            store.record_failure(str(path), None, reason)
            finish(IngestItem(path=str(path), outcome="failed", reason=reason))
            continue
        known = store.known_sha(sha)
        if known is not None:
            finish(IngestItem(path=str(path), outcome="skipped", letter=f"{known[0]}@{known[1]}"))
        elif sha in queued:
            finish(IngestItem(path=str(path), outcome="skipped", letter=None, reason=f"same bytes as {queued[sha]}"))
        else:
            queued[sha] = str(path)
            pending.append(_Task(path, sha, letter_id))

    bar = bar_task = None
    if progress and pending:
        bar, bar_task = _progress_bar(len(pending))
    work_began = time.monotonic()

    def settle(task: _Task, outcome: tuple, seconds: float) -> None:
        """Store one file's result in one transaction, or record its failure; advance the bar."""
        seconds = round(seconds, 3)
        kind, payload = outcome[:2]
        if kind == "ok":
            try:
                extraction = Extraction.model_validate_json(payload)
            except ValueError as error:
                kind, payload = "error", str(WorkerCrashed(str(task.path), reason=f"invalid extraction: {error}"))
        if kind == "ok":
            # The store knows a letter by its file's bytes; the skip test above relies on it.
            extraction.letter.sha256 = task.sha256
            try:
                saved = store.save_letter(extraction)
            except (sqlite3.Error, OSError) as error:
                # The store itself failing (disk full, read-only) ends the batch: no later file could be saved.
                raise CannotSave(str(db), name=task.path.name, error=error) from None
            report.pages += extraction.letter.pages
            del extraction, payload  # keep the parent flat: nothing of a letter outlives its save
            outcome = {"stored": "stored", "rendition": "rendition"}.get(saved.outcome, "skipped")
            reason = (
                f"another rendition of {saved.letter_id}@{saved.version} ({saved.matched})" if saved.matched else None
            )
            finish(
                IngestItem(
                    path=str(task.path),
                    outcome=outcome,
                    letter=f"{saved.letter_id}@{saved.version}",
                    reason=reason,
                    seconds=seconds,
                )
            )
        else:
            reason = sandbox.one_line(payload)
            store.record_failure(str(task.path), task.sha256, reason)
            finish(IngestItem(path=str(task.path), outcome="failed", reason=reason, seconds=seconds))
        if bar is not None:
            rate = report.pages / max(time.monotonic() - work_began, 1e-9)
            bar.update(bar_task, advance=1, description=task.path.name, pages=report.pages, rate=f"{rate:.1f}")
            bar.refresh()

    def tick() -> None:
        if bar is not None:
            bar.refresh()

    try:
        if pending and dask is not None:
            cluster.run(dask, pending, settle, tick, jobs=jobs, timeout=timeout, max_memory_mb=max_memory_mb, **reading)
        elif pending:
            _run_in_pool(pending, settle, tick, extract, jobs, timeout, max_memory_mb, reading)
    finally:
        if bar is not None:
            bar.stop()
        store.close()
    report.seconds = round(time.monotonic() - began, 3)
    return report


def share_compiled_reader(pending: list, jobs: int, engine: str) -> None:
    """Load the pdfium engine's compiled reader (numba) before the workers fork, when each would load it anyway."""
    # Loaded once (~0.5 s of CPU), not once a worker. The load runs gc.collect() and gc.freeze() on this whole
    # process, its spaCy pipeline included: the workers' copy-on-write pages then stay shared.
    # A worker loads it by itself once it has opened DEFAULT_PAGES_BEFORE_COMPILED pages ("auto"): a batch of
    # letters of a page or two reaches that with this many PDFs a worker.
    from extractor.reading.options import numba_mode

    if engine != "pdfium" or numba_mode() == "never":
        return
    pdfs = sum(1 for task in pending if task.path.suffix.lower() == ".pdf")
    if pdfs >= max(1, min(jobs, len(pending))) * PDFS_A_WORKER_BEFORE_COMPILED:
        from extractor.reading import pdfium_kernel

        pdfium_kernel.available()


def _run_in_pool(pending, settle, tick, extract, jobs, timeout, max_memory_mb, reading) -> None:
    """Every pending file through a pool of long-lived workers forked from this (warmed) process."""
    from extractor.pool import Pool

    if extract is None:
        extract = default_extract()
        options = reading.get("options")
        # The chosen engine's libraries, not the rare ones: the parent's imports are a fixed cost of
        # every run, and a pool worker imports a rare one once, when it meets a file that needs it.
        engine = getattr(options, "engine", None) or DEFAULT_ENGINE
        sandbox.warm_up(extract, sandbox.reader_modules(engine, rare=False))
        share_compiled_reader(pending, jobs, engine)
    pool = Pool(extract, size=min(jobs, len(pending)), timeout=timeout, max_memory_mb=max_memory_mb)
    for task in pending:
        pool.submit(task, str(task.path), dict(reading, letter_id=task.letter_id))
    try:
        for done in pool.completed(poll=POLL_INTERVAL_S):
            if done is None:
                tick()
            else:
                settle(*done)
    finally:
        pool.close()
