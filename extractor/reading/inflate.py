"""Flate streams inflated under a size limit while a PDF is read, so a decompression bomb is named as one.

pdfminer inflates every FlateDecode stream whole with `zlib.decompress` and, when zlib fails (as it
does when memory runs out), reads the stream as empty: a 1 MB stream of a 1 GiB bomb then costs
the memory and ends as "no text layer". pdfminer has no hook for this, so while one PDF is read its
module's `zlib` is replaced by a stand-in whose inflation stops at a limit.
"""

from __future__ import annotations

import contextlib
import zlib
from pathlib import Path
from typing import Iterator, Optional, Union

from extractor.errors import DecompressionBomb

# A letter's content streams and fonts inflate to a few MiB at most (the text reader never inflates
# its images); a stream past this is a bomb, whatever else it might be.
DEFAULT_MAX_INFLATED_MB = 128
# Inflation goes this many bytes at a time, so that a bomb is stopped holding no more than the limit.
INFLATE_CHUNK_BYTES = 16 << 20


class _CountingInflater:
    """A zlib decompressobj that refuses to give out more than its guard's limit in all."""

    def __init__(self, guard: "BoundedZlib", *args) -> None:
        self._guard = guard
        self._inner = zlib.decompressobj(*args)
        self._given = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        """Inflate like zlib's decompressobj, counting what comes out."""
        room = self._guard.limit - self._given + 1
        out = self._inner.decompress(data, room if not max_length else min(max_length, room))
        self._given += len(out)
        if self._given > self._guard.limit:
            self._guard.trip()
        return out

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class BoundedZlib:
    """Stands in for the zlib module: decompress and decompressobj stop at `limit` bytes of output."""

    error = zlib.error

    def __init__(self, path: Union[str, Path], limit_mb: float = DEFAULT_MAX_INFLATED_MB) -> None:
        self.path = str(path)
        self.limit_mb = limit_mb
        self.limit = int(limit_mb * 1024 * 1024)
        self.tripped: Optional[DecompressionBomb] = None

    def trip(self) -> None:
        """Record and raise the bomb (recorded, because pdfminer and pdfplumber catch and wrap errors)."""
        self.tripped = DecompressionBomb(self.path, limit=f"{self.limit_mb:g}")
        raise self.tripped

    def decompress(self, data: bytes, wbits: int = zlib.MAX_WBITS, bufsize: int = zlib.DEF_BUF_SIZE) -> bytes:
        """zlib.decompress, refusing output past the limit."""
        inflater = zlib.decompressobj(wbits)
        parts, size = [], 0
        while data and not inflater.eof:
            part = inflater.decompress(data, INFLATE_CHUNK_BYTES)
            size += len(part)
            if size > self.limit:
                del parts, part
                self.trip()
            parts.append(part)
            data = inflater.unconsumed_tail
            if not part and not data:
                break
        if not inflater.eof:
            # As zlib.decompress says it, so that pdfminer's own recovery of damaged streams runs.
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return b"".join(parts)

    def decompressobj(self, *args) -> _CountingInflater:
        """zlib.decompressobj, refusing output past the limit in all."""
        return _CountingInflater(self, *args)

    def __getattr__(self, name: str):
        return getattr(zlib, name)


@contextlib.contextmanager
def bounded_inflate(path: Union[str, Path], limit_mb: float = DEFAULT_MAX_INFLATED_MB) -> Iterator[BoundedZlib]:
    """While reading one PDF: inflate pdfminer's streams under the limit; raise DecompressionBomb past it."""
    import pdfminer.pdftypes as pdftypes

    guard = BoundedZlib(path, limit_mb)
    previous = pdftypes.zlib
    pdftypes.zlib = guard
    try:
        yield guard
    except Exception:
        # Whatever the bomb turned into on its way up (CorruptPdf, "no text layer"), it is the reason.
        if guard.tripped is not None:
            raise guard.tripped from None
        raise
    finally:
        pdftypes.zlib = previous
