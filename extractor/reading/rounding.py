"""Round many floats as round(x, 2) does, value for value, with numpy: the body's per-char boxes are rounded so.

Python's round(x, 2) is correctly rounded (it rounds x's exact decimal value, half to even) and costs ~250 ns a
value, most of the assembly of a long letter. numpy's rint(x * 100) / 100 gives the same double wherever x * 100,
rounded to a double, lies clearly away from a half: rint then picks the integer round() picks, and dividing it by
100 gives the double nearest to it, as round() returns. The few values near a half (and any too large, or not
finite) are rounded by round() itself.
"""

from __future__ import annotations

import itertools
from typing import Optional

DEFAULT_MIN_ARRAY = 256  # fewer values than this are rounded one by one: numpy's set-up would cost more
# |x| below this keeps x * 100 under 2**27, where a double's rounding error is under 2**-25, far inside the margin
_MAX_FAST = 1e6
_HALF_MARGIN = 1e-6  # x * 100 this close to a half (in hundredths) goes to round() itself
_TWO_DIGITS = itertools.repeat(2)  # round()'s digits for every value, as map() takes them
DOUBLE = 8  # bytes of a float64


def round_hundredths(values: list[float], min_array: int = DEFAULT_MIN_ARRAY) -> list[float]:
    """[round(x, 2) for x in values], the same floats, with numpy for long lists."""
    if len(values) < min_array:
        return list(map(round, values, _TWO_DIGITS))  # map: no Python frame per value
    import numpy as np

    x = np.fromiter(values, dtype=np.float64, count=len(values))  # ~25% sooner than asarray from a list of floats
    return round_array(x, values)


def round_array(x, values: Optional[list] = None) -> list[float]:
    """[round(v, 2) for v in x.tolist()] of a float64 array, the same floats: numpy's rint where clear of a half.

    values: the numbers x holds, as given (round() of an int keeps an int), for the few values near a half.
    """
    rounded, near = _rounded(x)
    rounded = rounded.tolist()
    for k in near:
        rounded[k] = round(float(x[k]) if values is None else values[k], 2)
    return rounded


def rounded_array(x):
    """round_array's floats as a float64 array (round(v, 2) of each of x's values, the same doubles)."""
    rounded, near = _rounded(x)
    for k in near:
        rounded[k] = round(float(x[k]), 2)
    return rounded


def _rounded(x) -> tuple:
    """(numpy's rint(x * 100) / 100, the indexes of the values it may round otherwise than round(): near a half, too
    large or not finite)."""
    import numpy as np

    scaled = x * 100
    rounded = np.rint(scaled) / 100
    with np.errstate(invalid="ignore"):
        clear = (np.abs(x) < _MAX_FAST) & (np.abs(scaled - np.floor(scaled) - 0.5) > _HALF_MARGIN)
    return rounded, np.flatnonzero(~clear).tolist()


class RoundedLater:
    """Float64 arrays (a page's char boxes), rounded by rounded_array when first asked: the line map asks, the body
    alone (read_body) does not."""

    __slots__ = ("_arrays", "_rounded")

    def __init__(self, arrays: tuple) -> None:
        self._arrays = arrays
        self._rounded: Optional[tuple] = None

    def byte_views(self) -> tuple[memoryview, ...]:
        """Each array's values rounded to the hundredth as round() rounds them: memoryviews of the float64 arrays' bytes
        (DOUBLE bytes a value), of which a line's slice becomes its array('d') in one copy, no float object a value."""
        if self._rounded is None:
            self._rounded = tuple(memoryview(rounded_array(x)).cast("B") for x in self._arrays)
            self._arrays = ()
        return self._rounded
