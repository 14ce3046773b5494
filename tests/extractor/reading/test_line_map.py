"""The line map built without validating again: the same TextLines as validated ones, and a fallback for other types."""

from __future__ import annotations

import copy
import pickle

from extractor.reading import line_map
from models.letter import BBox, TextLine

PLACED = [(0, 3, 1, (72.0, 100.5, 90.25, 112.0), 3, 3), (4, 6, 2, (72.0, 120.0, 80.0, 132.0), 2, 2)]
X0S = [72.0, 78.5, 84.0, 72.0, 76.0]
X1S = [78.5, 84.0, 90.25, 76.0, 80.0]


def _validated(placed, x0s, x1s) -> list[TextLine]:
    out, at = [], 0
    for start, end, page, (x0, top, x1, bottom), n, _ in placed:
        box = BBox(x0=x0, top=top, x1=x1, bottom=bottom)
        out.append(
            TextLine(start=start, end=end, page=page, bbox=box, char_x0=x0s[at : at + n], char_x1=x1s[at : at + n])
        )
        at += n
    return out


def test_filled_lines_equal_validated_ones_in_every_way():
    built, expected = line_map.text_lines(PLACED, X0S, X1S), _validated(PLACED, X0S, X1S)
    assert built == expected
    for line, other in zip(built, expected):
        assert line.model_dump_json() == other.model_dump_json()
        assert line.model_fields_set == other.model_fields_set
        assert line.bbox.model_fields_set == other.bbox.model_fields_set
        assert pickle.loads(pickle.dumps(line)) == other
        assert copy.deepcopy(line) == other and line.model_copy() == other


def test_a_line_of_other_types_is_validated_and_coerced_as_before():
    placed = [(0, 3, 1, (72, 100.5, 90.25, 112.0), 3, 3)]  # an int in the box
    built = line_map.text_lines(placed, [72, 78.5, 84.0], X1S[:3])  # and an int among the char boxes
    assert built == _validated(placed, [72, 78.5, 84.0], X1S[:3])
    assert '"x0":72.0' in built[0].model_dump_json() and built[0].char_x0[0] == 72.0
    assert isinstance(built[0].char_x0[0], float)
