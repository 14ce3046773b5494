"""Every error message the tool shows a person, defined in one place.

Each error renders as one line naming the file and the reason; the CLI prints ``str(error)``
and exits non-zero.
"""

from __future__ import annotations


class LettersError(Exception):
    """Base class: an error with a one-line message for a person."""

    template = "{path}: {reason}"

    def __init__(self, path: str, **details: object) -> None:
        self.path = str(path)
        self.details = details
        super().__init__(self.template.format(path=self.path, **details))

    @classmethod
    def from_message(cls, path: str, message: str) -> "LettersError":
        """Rebuild an error of this class from its one-line message (as a worker process sends it)."""
        error = cls.__new__(cls)
        Exception.__init__(error, message)
        error.path, error.details = str(path), {}
        return error


class NotFound(LettersError):
    template = "{path}: no such file"


class NotAFile(LettersError):
    template = "{path}: not a file (a directory or a device?)"


class NotARegularFile(LettersError):
    template = "{path}: not a regular file ({kind}); refused without reading it"


class LinkOutOfFolder(LettersError):
    template = "{path}: a link to {target}, outside the folder being read; give that path itself to read it"


class NameNotUtf8(LettersError):
    template = "{path}: the file name is not UTF-8 (the store keeps names as text); rename it"


class EmptyLetter(LettersError):
    template = "{path}: empty letter"


class ManifestEntryRefused(LettersError):
    template = "{path}: entry {file} refused: {reason}"


class NotAPdf(LettersError):
    template = "{path}: not a PDF (the file does not start with %PDF-; it looks like {kind})"


class CorruptPdf(LettersError):
    template = "{path}: corrupt or truncated PDF ({reason})"


class EncryptedPdf(LettersError):
    template = "{path}: encrypted PDF; give its password with --password"


class WrongPassword(LettersError):
    template = "{path}: encrypted PDF; the password given does not open it"


class EmptyPdf(LettersError):
    template = "{path}: the PDF has no pages"


class NoTextLayer(LettersError):
    template = (
        "{path}: no text layer ({pages} page(s) of images only, a scan?) and OCR is off (--ocr never); "
        "read it with --ocr auto (the default), which reads such pages by OCR"
    )


OCR_INSTALL_HINT = (
    "install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra "
    "tesseract-ocr-deu tesseract-ocr-osd) and the OCR extra (pip install 'policy-letters[ocr]')"
)


class OcrUnavailable(LettersError):
    template = "{path}: page {page} must be read by OCR ({why}), but {missing}; " + OCR_INSTALL_HINT


class OcrFailed(LettersError):
    template = "{path}: OCR of page {page} failed ({reason})"


class OcrTimedOut(LettersError):
    template = "{path}: OCR of page {page} gave up after {seconds} s (the limit per page)"


class NothingRead(LettersError):
    template = "{path}: no text layer on {pages} page(s), and OCR read no words on them (blank, or images without text)"


class TooLarge(LettersError):
    template = "{path}: too large to read ({what} is {size}, the limit is {limit})"


class Unsupported(LettersError):
    template = "{path}: unsupported input ({reason})"


class DecompressionBomb(LettersError):
    template = "{path}: a decompression bomb (a compressed stream inflates past {limit} MiB); refused"


class TimedOut(LettersError):
    template = "{path}: gave up after {seconds} s (the --timeout)"


class OutOfMemory(LettersError):
    template = "{path}: needed more than {limit} MiB of memory (the --max-memory)"


class WorkerCrashed(LettersError):
    template = "{path}: the reader crashed ({reason})"


class MissingExtra(LettersError):
    template = "{path}: needs the optional '{extra}' packages{why}; install them: pip install 'policy-letters[{extra}]'"

    def __init__(self, path: str, extra: str, reason: str = "") -> None:
        super().__init__(path, extra=extra, why=f" ({reason})" if reason else "")


class ClusterUnreachable(LettersError):
    template = "{path}: cannot reach the Dask scheduler ({reason})"


class ClusterLost(LettersError):
    template = "{path}: not read: {reason}"


class LibraryWarnings(LettersError):
    """Not raised: the summary line printed after a file that made the PDF library warn."""

    template = "{path}: {count} warnings from the PDF library; --verbose shows them"


class LexiconError(LettersError):
    template = "{path}: bad lexicon file: {reason}"


class GoldMismatch(LettersError):
    template = "{path}: no letter found for this gold digest ({reason})"


class NoGoldDigests(LettersError):
    template = "{path}: no gold digest here (give a *.gold.json file, or a folder of them; see DIGEST.md)"


class NothingScored(LettersError):
    template = "{path}: no letter scored ({count} file(s) tried as gold digests; see the lines above)"


class CannotWrite(LettersError):
    template = "{path}: cannot write ({reason})"


class CannotRead(LettersError):
    template = "{path}: cannot read ({reason})"


class BadArgument(LettersError):
    """A value on the command line that cannot be right: the CLI exits 2 (a usage error), not 1."""


class BadValue(BadArgument):
    """A value given to the Python API or an option that cannot be right (a timeline with two subjects)."""

    template = "{path}: {reason}"


class StoreError(LettersError):
    template = "{path}: {reason}"


# Store and query: each a StoreError, so callers that catch the family keep working.


class NoStore(StoreError):
    template = "{path}: no store here yet; run `letters ingest PATH` first"


class NotAStore(StoreError):
    template = "{path}: not a letters store ({error})"


class StoreFailed(StoreError):
    template = "{path}: the store cannot be used ({error})"


class NewerStore(StoreError):
    template = "{path}: made by a newer release (schema {found}, this one knows {known})"


class OldStore(StoreError):
    template = (
        "{path}: made by an older release (schema {found}, this command needs {needed}); "
        "run `letters ingest` into it once to upgrade it (a letter already stored will do)"
    )


class CannotOpenStore(StoreError):
    template = "{path}: cannot open the store ({error})"


class WalStoreUnreadable(StoreError):
    template = (
        "{path}: cannot read this store without write access to its folder ({error}): it is in WAL mode, "
        "as earlier releases made stores; one `letters ingest` into it by its owner converts it"
    )


class StoreReadOnly(StoreError):
    template = "{path}: the store is open read-only; open it with Store(path, writable=True) to ingest"


class StoreBusy(StoreError):
    template = "{path}: the store stayed locked by another process (an ingest upgrading it?); try again"


class CannotSave(StoreError):
    template = "{path}: cannot save {name}: {error}"


class MissingLibrary(LettersError):
    template = "{path} needs {library}: pip install 'policy-letters[{extra}]'"


class NoSuchLetter(StoreError):
    template = "{path}: no stored letter has this id, id@version, sha256 prefix or date (in {store})"


class AmbiguousLetter(StoreError):
    template = "{path}: names {count} letters ({names}); give a letter id"


class NoSuchNode(StoreError):
    template = "{path}: no node of the stored graph has this id or name (in {store})"


class NotASum(StoreError, BadArgument):
    template = '{path}: not a sum of money; write e.g. 10M, 1.5bn, "EUR 10M" or €1.5bn'


class UnknownCurrency(StoreError, BadArgument):
    template = "{path}: unknown currency {currency!r} (use an ISO 4217 code such as EUR)"


class UnknownMultiplier(StoreError, BadArgument):
    template = "{path}: unknown multiplier {multiplier!r} (use k, M, bn, million, billion)"


class TwoCurrencies(StoreError, BadArgument):
    template = "{path}: {what} name different currencies"


class UnknownCountry(StoreError, BadArgument):
    template = "{path}: not a country this store or ISO 3166 knows (try its ISO code, e.g. TUN)"


class NotADate(StoreError, BadArgument):
    template = "{path}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD"


class UnknownChoice(StoreError, BadArgument):
    template = "{path}: not a {what}; one of {choices}"


class SqlFailed(StoreError):
    template = "{path}: SQL error: {error}"


class SqlRefused(StoreError):
    template = "{path}: SQL refused: {what} is not allowed; `letters sql` only reads"


class SqlTooBig(StoreError):
    template = "{path}: SQL stopped: the result needs more than {limit}; narrow it (WHERE, LIMIT) or raise the limit"


class SqlTimedOut(StoreError):
    template = "{path}: SQL stopped after {seconds} s (the --timeout); narrow the statement or raise --timeout"


# letters serve


class PortInUse(LettersError):
    template = "{path}: cannot listen there ({reason}); choose another --port or --host"


class BadPageImage(LettersError):
    template = "{path}: no page image ({reason})"
