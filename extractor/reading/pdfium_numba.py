"""The compiled part of the pdfium engine (needs numba): a page's chars read through pdfium's C functions.

Imported only by `pdfium_kernel`, which falls back to the Python path when numba is missing. A C function
is called through its address, passed in at run time (`_native`), so that the compiled code holds no
address of this process and numba's on-disk cache serves the next process too.
"""

from __future__ import annotations

import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

_SPACE, _CR, _LF = 0x20, 0x0D, 0x0A  # the only codes pdfium gives the chars it makes up
_NO_UNICODE = 0xFFFE


def _native(restype):
    """An intrinsic calling the C function at an address with a tuple of arguments, returning restype."""

    @intrinsic
    def call(typingctx, address, args):
        signature = restype(address, args)

        def codegen(context, builder, sig, llargs):
            address_value, packed = llargs
            argtypes = sig.args[1].types
            values = cgutils.unpack_tuple(builder, packed, len(argtypes))
            function_type = ir.FunctionType(
                context.get_value_type(restype), [context.get_value_type(t) for t in argtypes]
            )
            function = builder.inttoptr(address_value, function_type.as_pointer())
            return builder.call(function, values)

        return signature, codegen

    return call


_call_u32 = _native(types.uint32)
_call_i32 = _native(types.int32)
_call_ptr = _native(types.uint64)
_call_f64 = _native(types.float64)

# Indices into the address array (pdfium_kernel._FUNCTIONS).
_UNICODE, _GENERATED, _OBJECT, _ORIGIN, _MAP_ERROR, _FONT, _SIZE, _MATRIX, _FILL = range(9)


# The one signature read_chars is called with, given here so that the cached code is loaded at import, without
# typing the arguments of the first call.
_SIGNATURE = (
    "int64(int64, int64, uint64[::1], uint32[::1], uint64[::1], float64[::1], float64[::1], int32[::1], int64[::1],"
    " uint64[::1], float64[::1], float32[:, ::1], uint32[:, ::1])"
)


@numba.njit(_SIGNATURE, cache=True, nogil=True)
def read_chars(
    page, count, fns, codes, objects, xs, ys, map_errors, run_first, run_font, run_size, run_matrix, run_fill
):
    """Fill the arrays with the page's chars; return the number of runs (chars of one text object in a row).

    run_matrix: float32 (n, 7), the FS_MATRIX and whether pdfium gave it; run_fill: uint32 (n, 5), r, g, b, a and
    whether pdfium gave them.
    """
    n_runs = 0
    last = np.uint64(0)
    matrix = np.zeros(6, dtype=np.float32)
    fill = np.zeros(4, dtype=np.uint32)
    matrix_at = matrix.ctypes.data
    fill_at = fill.ctypes.data
    for index in range(count):
        at = np.int32(index)
        code = _call_u32(fns[_UNICODE], (page, at))
        codes[index] = code
        generated = False
        if code == _SPACE or code == _CR or code == _LF:
            generated = _call_i32(fns[_GENERATED], (page, at)) != 0
        key = np.uint64(0) if generated else _call_ptr(fns[_OBJECT], (page, at))
        objects[index] = key
        if key == 0:
            if code == _SPACE:
                _call_i32(fns[_ORIGIN], (page, at, xs.ctypes.data + 8 * index, ys.ctypes.data + 8 * index))
            continue
        if code != 0 and code != _NO_UNICODE:
            map_errors[index] = _call_i32(fns[_MAP_ERROR], (page, at))
        _call_i32(fns[_ORIGIN], (page, at, xs.ctypes.data + 8 * index, ys.ctypes.data + 8 * index))
        if key != last:
            run_first[n_runs] = index
            run_font[n_runs] = _call_ptr(fns[_FONT], (key,))
            run_size[n_runs] = _call_f64(fns[_SIZE], (page, at))
            matrix[:] = 0
            if _call_i32(fns[_MATRIX], (page, at, matrix_at)) != 0:
                run_matrix[n_runs, :6] = matrix
                run_matrix[n_runs, 6] = 1
            else:
                run_matrix[n_runs, :] = 0
            if _call_i32(fns[_FILL], (page, at, fill_at, fill_at + 4, fill_at + 8, fill_at + 12)) != 0:
                run_fill[n_runs, :4] = fill
                run_fill[n_runs, 4] = 1
            else:
                run_fill[n_runs, :] = 0
            n_runs += 1
            last = key
    return n_runs


@numba.njit("int64(float64[::1], float64[::1], float64, int64[::1])", cache=True, nogil=True)
def line_starts(middles, sizes, tolerance, starts):
    """char_columns._starts compiled: where each line starts among chars sorted by middle; returns how many."""
    count = 1
    starts[0] = 0
    middle, size = middles[0], sizes[0]
    for k in range(1, len(middles)):
        mid, char_size = middles[k], sizes[k]
        if abs(mid - middle) <= tolerance * (size if size > char_size else char_size):
            continue
        starts[count] = k
        count += 1
        middle, size = mid, char_size
    return count
