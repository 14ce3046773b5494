"""The line map's char edges: held as array('d'), validated and written as lists of numbers."""

from __future__ import annotations

import json
from array import array

import pytest
from pydantic import ValidationError

from models.letter import LetterText, TextLine

BOX = {"x0": 72.0, "top": 80.5, "x1": 96.25, "bottom": 91.0}


def _line(**edges) -> TextLine:
    return TextLine(start=4, end=7, page=2, bbox=BOX, **edges)


def test_a_lines_char_edges_are_held_as_doubles_without_a_copy():
    """The reader's array('d') is kept as given (no float object a value, no copy), a list is held as one too, and
    what is no number is refused."""
    x0s, x1s = array("d", [72.0, 80.5, 88.25]), array("d", [80.5, 88.25, 96.25])
    line = _line(char_x0=x0s, char_x1=x1s)
    assert line.char_x0 is x0s and line.char_x1 is x1s
    listed = _line(char_x0=[72, 80.5, 88.25], char_x1=[80.5, 88.25, 96.25])
    assert isinstance(listed.char_x0, array) and listed.char_x0.typecode == "d"
    assert listed == line and _line().char_x0 == array("d")
    with pytest.raises(ValidationError):
        _line(char_x0=["left"])
    with pytest.raises(ValidationError):
        TextLine.model_validate_json(
            '{"start": 0, "end": 1, "page": 1, "bbox": %s, "char_x0": [null]}' % json.dumps(BOX)
        )


def test_char_edges_are_written_and_read_as_lists_of_numbers():
    """The JSON (and model_dump) are a list's; JSON read back gives the same line, edges as doubles; the schema says so."""
    line = _line(char_x0=array("d", [1.5, 2.0, 3.25]), char_x1=array("d", [2.0, 3.25, 4.0]))
    as_lists = _line(char_x0=[1.5, 2.0, 3.25], char_x1=[2.0, 3.25, 4.0])
    assert line.model_dump_json() == as_lists.model_dump_json()
    assert '"char_x0":[1.5,2.0,3.25]' in line.model_dump_json()
    assert line.model_dump()["char_x1"] == [2.0, 3.25, 4.0] and type(line.model_dump()["char_x1"]) is list
    read = TextLine.model_validate_json(line.model_dump_json())
    assert read == line and isinstance(read.char_x1, array)
    for mode in ("validation", "serialization"):  # one JSON Schema: an array of numbers, read and written
        edges = LetterText.model_json_schema(mode=mode)["$defs"]["TextLine"]["properties"]["char_x0"]
        assert edges["type"] == "array" and edges["items"] == {"type": "number"}
