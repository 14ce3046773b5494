"""round_hundredths gives round(x, 2)'s floats, bit for bit, on numpy's path and one by one."""

from __future__ import annotations

import math
import random
import struct

import pytest

from extractor.reading.rounding import DOUBLE, RoundedLater, round_array, round_hundredths, rounded_array


def _bits(values: list[float]) -> list[bytes]:
    return [struct.pack("<d", float(value)) for value in values]


def _values() -> list[float]:
    rng = random.Random(7)
    values = [rng.uniform(-900.0, 900.0) for _ in range(20_000)]
    values += [k / 1000 for k in range(-5_000, 5_000)]  # every third decimal: the halves 0.005, 0.015, ...
    values += [k * 0.005 for k in range(-2_000, 2_000)]  # halves reached by a product: near but not on them
    values += [0.0, -0.0, -0.001, 2.675, 1.005, 0.125, 5e-324, 999_999.995, 1e6, 1e7, -3e12, 1e300]
    return values + [float(k) for k in range(300)]


@pytest.mark.parametrize("min_array", [0, 10**9], ids=["numpy", "one by one"])
def test_the_same_floats_as_round(min_array):
    values = _values()
    assert _bits(round_hundredths(values, min_array)) == _bits([round(value, 2) for value in values])


def test_values_that_are_no_number_are_rounded_as_round_does():
    values = [math.nan, math.inf, -math.inf, 1.234] * 100
    rounded = round_hundredths(values, 0)
    assert math.isnan(rounded[0]) and rounded[1:4] == [math.inf, -math.inf, 1.23]


def test_a_short_list_is_rounded_one_by_one_and_an_empty_one_is_empty():
    assert round_hundredths([1.005, 2.675]) == [round(1.005, 2), round(2.675, 2)]
    assert round_hundredths([], 0) == []


def test_an_array_is_rounded_as_round_does_its_values():
    """round_array: a page's float64 places rounded at once, the floats round() gives each, halves included."""
    import numpy as np

    values = _values()
    assert _bits(round_array(np.array(values, dtype=np.float64))) == _bits([round(value, 2) for value in values])
    # Given the values the array was made from, a value round() keeps as it is (an int past numpy's range) stays so.
    assert round_array(np.array([3e7, 1.005]), [30_000_000, 1.005]) == [30_000_000, round(1.005, 2)]
    assert isinstance(round_array(np.array([3e7]), [30_000_000])[0], int)


def test_an_array_is_rounded_into_an_array_of_the_floats_round_gives():
    """rounded_array (a page's places for the line map): a float64 array of round()'s floats, not-a-number kept."""
    import numpy as np

    values = _values() + [math.inf, -math.inf]
    rounded = rounded_array(np.array(values, dtype=np.float64))
    assert rounded.dtype == np.float64 and _bits(rounded.tolist()) == _bits([round(value, 2) for value in values])
    assert math.isnan(rounded_array(np.array([math.nan, 0.125] * 200))[0])


def test_a_pages_places_are_rounded_once_into_views_of_their_doubles():
    """RoundedLater.byte_views: memoryviews of the rounded doubles' bytes, from which a line's array('d') is copied;
    made once."""
    from array import array

    import numpy as np

    later = RoundedLater((np.array([1.005, 2.675, 10.0]), np.array([0.125, -3.14159, 7.5])))
    x0s, x1s = later.byte_views()
    assert x0s.cast("d").tolist() == [round(1.005, 2), round(2.675, 2), 10.0]
    line = array("d")
    line.frombytes(x1s[DOUBLE:])
    assert line.tolist() == [round(-3.14159, 2), 7.5]
    assert later.byte_views()[0] is x0s
