"""The store as the web pages read it: one read-only connection per thread, and what is costly cached.

Every page reads through the store's own functions (Store, store.query) and the reports; nothing
here writes. The costly results (a highlighted letter, the graph, a timeline, the list) are cached under the store file's size and
modification time, so an ingest run beside the server is seen at the next request.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from pathlib import Path
from typing import Callable, Optional, TypeVar

from extractor.store.database import SCHEMA_VERSION, Store
from models.extraction import Extraction

T = TypeVar("T")
# How many computed pages' data (a letter, a graph, a timeline, a list: one per set of filters) are kept.
DEFAULT_CACHE_SIZE = 256


class StoreReader:
    """Read-only access to one store for the pages, safe to share between the server's threads."""

    def __init__(self, path: str | Path, cache_size: int = DEFAULT_CACHE_SIZE):
        """Check that path is a current letters store (read-only, never upgraded) and remember it."""
        self.path = Path(path)
        # Opened once here so that a file that is not a current store is refused before serving.
        Store(self.path, readonly=True, min_schema=SCHEMA_VERSION).close()
        self._local = threading.local()
        self._cached = functools.lru_cache(maxsize=cache_size)(self._compute)

    def store(self) -> Store:
        """This thread's read-only connection to the store."""
        store: Optional[Store] = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True, min_schema=SCHEMA_VERSION)
            self._local.store = store
        return store

    def version(self) -> tuple[int, int]:
        """What tells one state of the store file from the next: (size, mtime in ns)."""
        info = self.path.stat()
        return info.st_size, info.st_mtime_ns

    async def run(self, func: Callable[..., T], *args, **kwargs) -> T:
        """Run func(store, ...) in a worker thread, so a slow page never stalls the others."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, functools.partial(self._call, func, *args, **kwargs))

    def _call(self, func: Callable[..., T], *args, **kwargs) -> T:
        return func(self.store(), *args, **kwargs)

    def _compute(self, _version: tuple[int, int], func: Callable[..., T], args: tuple) -> T:
        return func(self.store(), *args)

    async def cached(self, func: Callable[..., T], *args) -> T:
        """func(store, *args), computed once per state of the store file (args must be hashable)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, self._cached, self.version(), func, args)

    def extractions(self, ids: Optional[list[str]] = None) -> list[Extraction]:
        """The latest extraction of each letter (all, or those named), in the store's date order."""
        store = self.store()
        if ids is None:
            return list(store.iter_extractions())
        return [store.get_extraction(letter) for letter in ids]
