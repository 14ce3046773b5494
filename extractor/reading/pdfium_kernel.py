"""A page's chars read from pdfium in compiled code (numba): one call a page instead of several ctypes calls a char.

numba compiles `read_chars` to machine code that calls pdfium's C functions through their addresses, which
it takes as an argument (not as constants: so the compiled code can be cached on disk and loaded by another
process, where the library sits at another address). It fills numpy arrays with what `pdfium_chars` used to
ask char by char: the code point, the text object, the origin, the mapping-error flag, and per text object
its font, size, matrix and fill colour. numba is optional: `use_compiled` says whether a document is read
this way (numba installed, and worth loading), and `pdfium_chars` keeps its per-char Python path for when
it is not: the two give the same chars.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import functools
import gc
import logging
import os
import sys
from typing import Optional

from extractor.reading.options import numba_mode

# "auto" loads numba once this process has opened this many PDF pages (the present document's included). Loading
# costs ~0.5 s of CPU (importing numba and loading the cached code); the compiled path (chars and the first layout
# stages) saves ~9-13 ms a page of letter text: a one-letter command of a few pages is faster without it, a long
# PDF or an ingest worker with it.
DEFAULT_PAGES_BEFORE_COMPILED = 60

_opened = [0]  # PDF pages this process has opened
# Pages read by the Python path after a compiled kernel failed, by kernel's name: the equivalence tests assert none.
FALLBACKS: collections.Counter = collections.Counter()
_log = logging.getLogger(__name__)


class KernelError(Exception):
    """A compiled kernel failed (numba's code, no fault of the PDF): the caller reads the page by the Python path."""


def run_kernel(kernel, *args):
    """kernel(*args); any failure but MemoryError raised again as KernelError, counted in FALLBACKS and logged."""
    try:
        return kernel(*args)
    except MemoryError:
        raise
    except Exception as error:  # noqa: BLE001 - only the kernel's own failures: the Python code around it raises
        name = getattr(kernel, "__name__", repr(kernel))
        FALLBACKS[name] += 1
        _log.warning("compiled %s failed, the page is read by the Python path: %r", name, error)
        raise KernelError(name) from error


# Positions of the pdfium functions in the address array read_chars takes.
_FUNCTIONS = (
    "FPDFText_GetUnicode",
    "FPDFText_IsGenerated",
    "FPDFText_GetTextObject",
    "FPDFText_GetCharOrigin",
    "FPDFText_HasUnicodeMapError",
    "FPDFTextObj_GetFont",
    "FPDFText_GetFontSize",
    "FPDFText_GetMatrix",
    "FPDFText_GetFillColor",
)


# The same for list_objects.
_OBJECT_FUNCTIONS = ("FPDFPage_GetObject", "FPDFPageObj_GetType")


def use_compiled(pages: int) -> bool:
    """Whether a document of this many pages is read by the compiled reader (numba loaded now if it is)."""
    _opened[0] += pages
    mode = numba_mode()
    if mode == "never":
        return False
    if mode == "auto" and _opened[0] < DEFAULT_PAGES_BEFORE_COMPILED and not _compiled.cache_info().currsize:
        return False
    return _compiled() is not None


@functools.lru_cache(maxsize=1)
def _compiled():
    """The compiled reader (numba imported and the cached code loaded once a process), or None without numba."""
    try:
        # numba caches the compiled code in __pycache__ beside the module, or, where that is read-only, in the
        # user's cache folder (or NUMBA_CACHE_DIR): it raises here when it can write to none of them.
        with _unused_imports_skipped(), _cached_code_only():
            from extractor.reading import pdfium_numba
    except Exception:  # noqa: BLE001 - no numba, or one that cannot work here: the Python path reads the same
        return None
    # numba and LLVM leave ~100,000 long-lived objects that every full collection of the cyclic GC would scan
    # again (~10% of reading a long letter in-process): out of its sight, they are still freed by refcount.
    # Collect first, so that the caller's garbage cycles of the moment are not frozen with them for good.
    gc.collect()
    gc.freeze()
    return pdfium_numba.read_chars


# What numba imports at its own import that the kernels never use: scipy (its version check, ~0.013 s of CPU) and
# scipy.linalg (its BLAS probe, to know whether np.dot can be compiled, ~0.14-0.18 s): the kernels do no linear algebra.
_UNUSED_BY_KERNELS = ("scipy", "scipy.linalg")
# numba reads its settings from this file in the working folder with yaml (~0.016 s of CPU to import), if it is there.
_NUMBA_CONFIG_FILE = ".numba_config.yaml"


@contextlib.contextmanager
def _unused_imports_skipped():
    """numba's import without the modules it would import for nothing here (_UNUSED_BY_KERNELS; yaml, unless numba's
    config file is there to read)."""
    # Each is unimportable only meanwhile (numba then notes no scipy, no BLAS, no yaml), unless already imported. That
    # is process-wide: another thread importing one meanwhile gets an ImportError (reads run in processes).
    skipped = () if "numba" in sys.modules else _UNUSED_BY_KERNELS
    if skipped and not os.path.isfile(_NUMBA_CONFIG_FILE):
        skipped += ("yaml",)
    skipped = [name for name in skipped if name not in sys.modules]
    for name in skipped:
        sys.modules[name] = None  # an ImportError for numba, which it takes as "not installed"
    try:
        yield
    finally:
        for name in skipped:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


@contextlib.contextmanager
def _cached_code_only():
    """numba's loading of cached kernels without the compiler's registries (~0.3 s of CPU), which only compiling needs."""
    # Before it loads a kernel from its cache, numba refreshes its target context: that imports and installs every
    # typing and lowering registry it has (numpy's functions, math, the typed containers, ...), all to compile, not to
    # link machine code compiled before. Meanwhile a cache load starts only numba's runtime (NRT: the kernels make
    # arrays). A kernel not in the cache is compiled as ever: compiling refreshes the contexts itself, in full.
    try:
        from numba.core.base import BaseContext
        from numba.core.caching import Cache
        from numba.core.runtime import rtsys
    except ImportError:  # another numba than the one measured (0.60-0.68): its own way
        yield
        return
    load_overload, refresh = Cache.load_overload, BaseContext.refresh
    loading = [False]

    def cache_load(self, *args, **kwargs):
        loading[0] = True
        try:
            return load_overload(self, *args, **kwargs)
        finally:
            loading[0] = False

    def runtime_only(self):
        if not loading[0]:
            return refresh(self)
        rtsys.initialize(self)

    Cache.load_overload, BaseContext.refresh = cache_load, runtime_only
    try:
        yield
    finally:
        Cache.load_overload, BaseContext.refresh = load_overload, refresh


def loaded():
    """The compiled module (pdfium_numba) if this process has loaded it, else None: for the layout's array paths."""
    if not _compiled.cache_info().currsize or _compiled() is None:
        return None
    from extractor.reading import pdfium_numba

    return pdfium_numba


def available() -> bool:
    """Whether pages can be read by the compiled reader (numba installed and able to cache its code)."""
    return _compiled() is not None


@functools.lru_cache(maxsize=2)
def _addresses(raw, names: tuple = _FUNCTIONS):
    """The addresses of the pdfium functions named (read_chars's by default), as the uint64 array a kernel takes."""
    import numpy as np

    return np.array([ctypes.cast(getattr(raw, name), ctypes.c_void_p).value for name in names], dtype=np.uint64)


class PageChars:
    """A page's pdfium chars as arrays (index = pdfium's char index) and the runs of its text objects.

    codes; objects (0 for a char pdfium made up); xs, ys (origins, NaN where not asked: made-up chars but
    spaces); map_errors. A run is chars of one text object in a row: its first char index, font handle, Tf
    size, matrix (float32 a..f, then 1 where pdfium gave it) and fill colour (r, g, b, a, then 1 where given).
    """

    __slots__ = ("count", "codes", "objects", "xs", "ys", "map_errors", "first", "fonts", "sizes", "matrices", "fills")

    def __init__(self, count, codes, objects, xs, ys, map_errors, first, fonts, sizes, matrices, fills) -> None:
        self.count, self.codes, self.objects, self.xs, self.ys = count, codes, objects, xs, ys
        self.map_errors, self.first, self.fonts, self.sizes = map_errors, first, fonts, sizes
        self.matrices, self.fills = matrices, fills


def read_page_chars(raw, textpage) -> Optional[PageChars]:
    """The page's chars read in one compiled call, or None when numba is not there."""
    read = _compiled()
    if read is None:
        return None
    import numpy as np

    count = max(0, raw.FPDFText_CountChars(textpage))
    codes = np.zeros(count, dtype=np.uint32)
    objects = np.zeros(count, dtype=np.uint64)
    xs, ys = np.full(count, np.nan), np.full(count, np.nan)
    map_errors = np.zeros(count, dtype=np.int32)
    first, fonts, sizes = np.zeros(count, dtype=np.int64), np.zeros(count, dtype=np.uint64), np.zeros(count)
    matrices, fills = np.zeros((count, 7), dtype=np.float32), np.zeros((count, 5), dtype=np.uint32)
    handle = ctypes.cast(textpage, ctypes.c_void_p).value
    runs = read(
        handle, count, _addresses(raw), codes, objects, xs, ys, map_errors, first, fonts, sizes, matrices, fills
    )
    return PageChars(
        count,
        codes,
        objects,
        xs,
        ys,
        map_errors,
        first[:runs],
        fonts[:runs],
        sizes[:runs],
        matrices[:runs],
        fills[:runs],
    )


def read_page_objects(raw, page) -> Optional[tuple]:
    """(addresses, types) of the page's top-level objects in one compiled call, or None when numba is not loaded."""
    # uint64 and int32 arrays; KernelError when the compiled code failed.
    compiled = loaded()
    if compiled is None:
        return None
    import numpy as np

    count = max(0, raw.FPDFPage_CountObjects(page))
    objects, kinds = np.zeros(count, dtype=np.uint64), np.zeros(count, dtype=np.int32)
    handle = ctypes.cast(page, ctypes.c_void_p).value
    run_kernel(compiled.list_objects, handle, count, _addresses(raw, _OBJECT_FUNCTIONS), objects, kinds)
    return objects, kinds


def glyph_widths(raw, fonts, codes):
    """Each glyph's advance per unit of size in one compiled call, or None when numba is not loaded."""
    # As pdfium_chars._Font.advance gives it, NaN for none, of fonts (uint64 handles, 0 for none) and codes
    # (uint32); KernelError on failure.
    compiled = loaded()
    if compiled is None:
        return None
    import numpy as np

    from extractor.reading.pdfium_chars import UNIT_SIZE

    address = ctypes.cast(raw.FPDFFont_GetGlyphWidth, ctypes.c_void_p).value
    fonts, codes = np.ascontiguousarray(fonts, dtype=np.uint64), np.ascontiguousarray(codes, dtype=np.uint32)
    return run_kernel(compiled.glyph_widths, address, fonts, codes, np.float32(UNIT_SIZE))


def glyph_units(raw, keys, glyph_keys, font_of, handles, codes) -> Optional[tuple]:
    """(rows, units): each glyph's text object's row among keys and its advance per unit of size (NaN for none), in
    one compiled call (pdfium_numba.glyph_units), or None when numba is not loaded; KernelError on failure."""
    compiled = loaded()
    if compiled is None:
        return None
    import numpy as np

    from extractor.reading.pdfium_chars import UNIT_SIZE

    address = ctypes.cast(raw.FPDFFont_GetGlyphWidth, ctypes.c_void_p).value
    rows, units = np.empty(len(glyph_keys), dtype=np.int64), np.empty(len(glyph_keys))
    codes = np.ascontiguousarray(codes, dtype=np.uint32)
    args = (address, keys, np.ascontiguousarray(glyph_keys), font_of, handles, codes, np.float32(UNIT_SIZE))
    run_kernel(compiled.glyph_units, *args, rows, units)
    return rows, units
