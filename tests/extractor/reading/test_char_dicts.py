"""CharDicts: a page's char dicts built from columns when asked for, the same dicts as built at once."""

from __future__ import annotations

import numpy as np

from extractor.reading.char_dicts import CharDicts

KEYS = ["text", "fontname", "size", "x0", "x1", "top", "bottom", "matrix", "non_stroking_color", "ncs"]


def _chars(built=None) -> CharDicts:
    boxes = tuple(
        np.array(values, dtype=np.float64) for values in ([10, 12, 10], [1, 7, 13], [6, 12, 18], [5] * 3, [15] * 3)
    )
    fontnames, matrices, colours = ["F-Bold", "F"], [(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)] * 2, [(0,), (1,)]
    return CharDicts(["a", "b", "c"], np.array([1, 0, 1]), boxes, fontnames, matrices, colours, built)


def test_a_dict_is_built_when_asked_for_with_the_engines_keys_and_floats():
    chars = _chars()
    char = chars[1]
    assert list(char) == KEYS
    assert char["text"] == "b" and char["fontname"] == "F-Bold" and char["non_stroking_color"] == (0,)
    assert type(char["x0"]) is float and char["x0"] == 7.0 and char["size"] == 12.0
    assert chars[1] is char and chars[-2] is char  # built once, kept: a mark set on it stays


def test_iterating_builds_them_all_and_keeps_those_built_and_marked():
    made = {"text": "x", "fontname": "G"}
    chars = _chars({2: made})
    chars[0]["letters_fake_bold"] = True
    every = list(chars)
    assert every[2] is made and every[0]["letters_fake_bold"] and [c["text"] for c in every] == ["a", "b", "x"]
    assert chars == every and every == chars and chars[0:2] == every[:2] and len(chars) == 3


def test_take_and_add_give_the_same_dicts_as_the_whole():
    chars = _chars({2: {"text": "x"}})
    taken = chars.take(np.array([0, 2]))
    assert list(taken) == [chars[0], {"text": "x"}]
    assert chars + [{"text": "•"}] == [*chars, {"text": "•"}]
