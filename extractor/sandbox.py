"""One file's reading and extraction in a worker process, under a time and an address-space limit.

A hostile PDF (an endless content stream, a glyph bomb, a decompression bomb) can then hang or blow
up only its own process: the parent kills it at the deadline, the child's RLIMIT_AS turns runaway
allocation into a MemoryError, and either becomes a one-line LettersError naming the file. Results
come back as the pydantic model's JSON (or, for a command, the text it prints: `returns=str`); errors as their
class name and one-line message.

`ingest` schedules many workers at once with `start_worker`; single-file commands call `run_bounded`.
Nothing here imports the CLI, spaCy or pdfplumber at start-up.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
import resource
import signal
import tempfile
import time
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from extractor import errors
from extractor.errors import LettersError, OutOfMemory, TimedOut, WorkerCrashed

# A 100-page letter takes ~25 s to read with pdfplumber on a slow machine; leave room for that.
DEFAULT_TIMEOUT_S = 300.0
# Memory a worker may take on top of the pipeline it inherits from the parent.
DEFAULT_MAX_MEMORY_MB = 2048
# How long the parent waits for a worker that sent its result to exit before killing it.
EXIT_GRACE_S = 5.0
REASON_MAX_CHARS = 300
# The exception spaCy raises in place of one a pipeline component raised; the component's own is its cause.
SPACY_COMPONENT_FAILED = re.compile(r"\[E109\] Component '([^']+)' could not be run")
_PR_SET_PDEATHSIG = 1

Model = TypeVar("Model")

# Libraries readers import lazily: imported once in the parent, every forked worker has them
# (each import costs 0.3-1 s per letter otherwise): those every PDF read by an engine needs, and
# the rare ones only scanned pages (pytesseract, which imports pandas: 0.36 s of CPU) and damaged
# files (pypdf, 0.2 s) need. A pool's long-lived worker imports a rare one once, when it meets
# such a file; a process per file (the single-file commands) would import it per file.
RARE_READER_MODULES = ("pypdf", "pytesseract")
READER_MODULES = (
    "spellchecker",
    "extractor.reading.reader",
    "extractor.reading.pdf_layout",
    "extractor.reading.pdf_lines",
)
ENGINE_MODULES = {
    "pdfplumber": ("pdfplumber", "pdfminer.pdfinterp", "pdfminer.converter"),
    "pdfium": ("pypdfium2", "pypdfium2.raw", "extractor.reading.pdfium_chars"),
}
# A small letter the parent extracts itself before forking, so that whatever the pipeline builds
# lazily on first use (rule matchers, word lists) is built once; our own text, never user input.
WARM_LETTER = """MINISTRY OF FOREIGN AFFAIRS

Rome, 3 March 2025

Dear Commissioner,

*The Commission will provide EUR 12 million to Tunisia and Morocco under the NDICI-Global Europe
programme for 2025-2027, and we will review the cooperation with Libya by June 2026. The migra-
tion partnership has already disbursed 45 per cent of the funds.*

*Yours sincerely,*

*Paolo Ferri*
"""


# Signals a worker dies of when C code fails to allocate under its memory limit.
MEMORY_CRASH_SIGNALS = frozenset({signal.SIGSEGV, signal.SIGBUS, signal.SIGABRT})


def reader_modules(engine: Optional[str] = None, rare: bool = True) -> tuple[str, ...]:
    """The modules reading a PDF with `engine` imports (None: with either engine), the rare ones too with `rare`."""
    engines = [engine] if engine in ENGINE_MODULES else list(ENGINE_MODULES)
    engine_modules = tuple(name for each in engines for name in ENGINE_MODULES[each])
    return READER_MODULES + engine_modules + (RARE_READER_MODULES if rare else ())


def warm_up(extract: Optional[Callable[..., Any]] = None, modules: Optional[tuple[str, ...]] = None) -> None:
    """Import the readers (default: all of them), and run `extract` on a small letter of ours, so workers fork warm."""
    import gc
    import importlib

    for name in reader_modules() if modules is None else modules:
        try:
            importlib.import_module(name)
        except Exception:  # an optional reader library; a worker that needs it reports why
            pass
    try:
        from extractor.reading.letter_parts import english_words

        english_words()  # every PDF page's text layer is checked against it (garbage test): load it once here
    except Exception:  # a missing word list degrades the reader, it does not stop it
        pass
    if extract is not None:
        with tempfile.TemporaryDirectory(prefix="letters-warm-") as folder:
            sample = Path(folder) / "warm_up.txt"
            sample.write_text(WARM_LETTER, encoding="utf-8")
            try:
                extract(str(sample), password=None, letter_id="warm_up")
            except Exception:  # a broken pipeline shows up per file, with its reason, in the workers
                pass
    # Move everything built so far out of the collector's reach: a worker's garbage collection would
    # otherwise touch, and so copy, every page it shares with the parent.
    gc.freeze()


def one_line(text: str) -> str:
    """A reason squeezed onto one line of at most REASON_MAX_CHARS characters."""
    line = " ".join(str(text).split())
    if len(line) <= REASON_MAX_CHARS:
        return line
    # Cut from the middle (a long path), so the reason at the end of the line survives.
    head = REASON_MAX_CHARS // 3
    return line[:head] + "…" + line[-(REASON_MAX_CHARS - head - 1) :]


def _address_space_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * resource.getpagesize()


def _ran_out_of_memory(error: BaseException) -> bool:
    """Whether an error, or one it wraps, is the address-space limit biting (zlib says it its own way)."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, MemoryError) or "unable to allocate" in str(error).lower():
            return True
        error = error.__cause__ or error.__context__
    return False


def failure(path: str, error: BaseException, max_memory_mb: Optional[int]) -> LettersError:
    """The LettersError a file's failure in its worker stands for (a bug of ours becomes WorkerCrashed)."""
    if _ran_out_of_memory(error):
        return OutOfMemory(path, limit=max_memory_mb)
    if isinstance(error, LettersError):
        return error
    if isinstance(error, RecursionError):
        return WorkerCrashed(path, reason="objects nested too deeply (RecursionError)")
    step = SPACY_COMPONENT_FAILED.search(str(error))
    if step and error.__cause__ is not None:
        # spaCy's own wrapper ("... Did you forget to call `initialize()`?") hides the bug: name the step and it.
        cause = error.__cause__
        return WorkerCrashed(path, reason=f"its {step.group(1)} step failed: {type(cause).__name__}: {cause}")
    return WorkerCrashed(path, reason=f"{type(error).__name__}: {error}")


def crash(path: str, exitcode: Optional[int], max_memory_mb: Optional[int] = None) -> WorkerCrashed:
    """The error for a worker that ended without sending a result (killed by a signal, or exited)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if max_memory_mb and -exitcode in MEMORY_CRASH_SIGNALS:
            # C code (a font or image library) that cannot allocate under the address-space limit
            # often dies of a bad pointer instead of raising MemoryError.
            return WorkerCrashed(path, reason=f"killed by {name}, probably at its memory limit of {max_memory_mb} MiB")
        return WorkerCrashed(path, reason=f"killed by {name}")
    return WorkerCrashed(path, reason=f"exited with status {exitcode} without a result")


def _worker(conn, func: Callable[..., Any], args: tuple, kwargs: dict, path: str, max_memory_mb: Optional[int]) -> None:
    """Child process: run func and send ("ok", model JSON, or func's str as it is) or ("error", message, error class name)."""
    try:
        try:
            import ctypes

            # Die with the parent: a killed command leaves no orphan still chewing on a PDF.
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if max_memory_mb:
            limit = _address_space_bytes() + max_memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        try:
            result = func(*args, **kwargs)
            message = ("ok", result if isinstance(result, str) else result.model_dump_json())
            del result
        except BaseException as error:  # noqa: B036 - every failure of a file becomes its reason
            refused = failure(path, error, max_memory_mb)
            message = ("error", one_line(str(refused)), type(refused).__name__)
        try:
            conn.send(message)
        except MemoryError:
            conn.send(("error", str(OutOfMemory(path, limit=max_memory_mb)), OutOfMemory.__name__))
        conn.close()
    finally:
        # Skip the parent's atexit handlers and buffers, which a forked child must not run.
        os._exit(0)


def start_worker(
    func: Callable[..., Any],
    args: tuple = (),
    kwargs: Optional[dict] = None,
    *,
    path: str,
    max_memory_mb: Optional[int] = DEFAULT_MAX_MEMORY_MB,
):
    """Fork a worker running func(*args, **kwargs); return (process, receiving end of its pipe)."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_worker, args=(sender, func, args, kwargs or {}, str(path), max_memory_mb), daemon=True
    )
    process.start()
    sender.close()
    return process, receiver


def rebuild_error(path: str, message: str, class_name: str) -> LettersError:
    """The LettersError a worker reported, as its own class when extractor.errors has it."""
    cls = getattr(errors, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, LettersError)):
        cls = WorkerCrashed
    return cls.from_message(path, message)


def stop(process) -> None:
    """Kill a worker and reap it."""
    if process.is_alive():
        process.kill()
    process.join()


def run_bounded(
    func: Callable[..., Model],
    *args: Any,
    path: str,
    returns: type,
    timeout: Optional[float] = DEFAULT_TIMEOUT_S,
    max_memory_mb: Optional[int] = DEFAULT_MAX_MEMORY_MB,
    **kwargs: Any,
) -> Model:
    """Run func(*args, **kwargs) for one file in a worker under the limits; return its pydantic result.

    With `returns=str`, func returns the text a command prints (made in the worker from our own validated models),
    and it comes back as it is: parsing it into models again would cost the parent ~0.1 s a 150-page letter. Raise the worker's LettersError, TimedOut past `timeout` seconds, OutOfMemory past
    `max_memory_mb` MiB, or WorkerCrashed when the worker dies without a word.
    """
    path = str(path)
    process, conn = start_worker(func, args, kwargs, path=path, max_memory_mb=max_memory_mb)
    deadline = time.monotonic() + timeout if timeout else None
    try:
        while True:
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                stop(process)
                raise TimedOut(path, seconds=f"{timeout:g}")
            ready = wait([conn, process.sentinel], timeout=left)
            if conn in ready or (process.sentinel in ready and conn.poll()):
                # A child may send its result and exit in the same instant: the pipe is read first.
                try:
                    outcome = conn.recv()
                except (EOFError, OSError):
                    process.join(timeout=1)
                    raise crash(path, process.exitcode, max_memory_mb) from None
                break
            if process.sentinel in ready:
                process.join(timeout=1)
                raise crash(path, process.exitcode, max_memory_mb)
    finally:
        conn.close()
        process.join(timeout=EXIT_GRACE_S)
        stop(process)
    if outcome[0] == "ok":
        if returns is str:
            return outcome[1]
        try:
            return returns.model_validate_json(outcome[1])
        except ValueError as error:
            raise WorkerCrashed(path, reason=one_line(f"invalid result: {error}")) from None
    raise rebuild_error(path, outcome[1], outcome[2])


_warmed: dict[tuple[str, str], int] = {}  # (kind, engine) -> workers started


def _warm_once(kind: str, extract: Optional[Callable[..., Any]] = None, options: Any = None) -> None:
    """warm_up once a process for this kind of worker and engine (options: a ReadOptions; None: the default's)."""
    # At first only the engine's own libraries: `letters text --engine pdfium` paid ~0.45 s of CPU for importing
    # pdfplumber, pytesseract (pandas) and pypdf in the parent, which a PDF with a text layer never uses (a worker
    # that meets a scan or a damaged file imports what it needs). A process that starts a second worker (`letters
    # eval`, the API in a loop) imports the rare ones too, so that each later worker has them.
    from extractor.reading.options import DEFAULT_READ_OPTIONS

    engine = getattr(options, "engine", None) or DEFAULT_READ_OPTIONS.engine
    started = _warmed.get((kind, engine), 0)
    if started == 0:
        warm_up(extract, reader_modules(engine, rare=False))
    elif started == 1:
        warm_up(None, RARE_READER_MODULES)
    _warmed[(kind, engine)] = started + 1


def read_bounded(
    path: Any,
    password: Optional[str] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT_S,
    max_memory_mb: Optional[int] = DEFAULT_MAX_MEMORY_MB,
    options: Any = None,
    output: Optional[Callable[[Any], str]] = None,
    body_only: bool = False,
):
    """read_letter(path) in a worker under the limits (options: a ReadOptions): the LetterText, or its LettersError.

    With output (a function of the LetterText), what it returns in the worker instead: the text a command prints;
    with body_only too, output is a function of the body alone, read by read_body (no line map, styles, paragraphs).
    """
    from extractor.reading.reader import read_body, read_letter
    from models.letter import LetterText

    _warm_once("reader", options=options)
    if output is not None:
        read = read_body if body_only else read_letter
        return _bounded(
            functools.partial(_output_of, read, output), str, path, password, timeout, max_memory_mb, options
        )
    return _bounded(read_letter, LetterText, path, password, timeout, max_memory_mb, options)


def _output_of(func: Callable[..., Any], output: Callable[[Any], str], *args: Any, **kwargs: Any) -> str:
    """output(func(*args, **kwargs)): a worker's result turned into the text a command prints, in the worker."""
    return output(func(*args, **kwargs))


def extract_bounded(
    path: Any,
    password: Optional[str] = None,
    timeout: Optional[float] = DEFAULT_TIMEOUT_S,
    max_memory_mb: Optional[int] = DEFAULT_MAX_MEMORY_MB,
    options: Any = None,
):
    """extract_path(path) in a worker under the limits (options: a ReadOptions): the Extraction, or its LettersError."""
    from extractor.records.extract import extract_path
    from models.extraction import Extraction

    _warm_once("pipeline", extract_path, options)
    return _bounded(extract_path, Extraction, path, password, timeout, max_memory_mb, options)


def reading_kwargs(options: Any) -> dict:
    """{"options": options} for a reader, or {} when they are the defaults (readers default to them)."""
    from extractor.reading.options import DEFAULT_READ_OPTIONS

    return {"options": options} if options is not None and options != DEFAULT_READ_OPTIONS else {}


def _bounded(func, returns, path, password, timeout, max_memory_mb, options=None):
    """func(path, password=..., options=...) for one file in a worker under the limits, validated as returns."""
    extra = reading_kwargs(options)
    return run_bounded(
        func,
        path,
        path=str(path),
        returns=returns,
        timeout=timeout,
        max_memory_mb=max_memory_mb,
        password=password,
        **extra,
    )
