"""The body's line map (`TextLine`s) built without pydantic checking again what the assembly typed already.

Validating a `TextLine` (its box and both lists of char boxes) cost ~8 µs a line, a twentieth of reading a long
letter by the compiled path; the assembly hands over ints and floats only, so each model is filled as
`model_construct` fills one (its fields, the set of fields given, no extra or private values), without its
per-field Python work. A line holding any other type (an engine giving int boxes, say) is validated, and so
coerced, as before; tests/extractor/reading/test_line_map.py checks that both ways give equal models and JSON.
"""

from __future__ import annotations

from models.letter import BBox, TextLine

_LINE_FIELDS = frozenset(("start", "end", "page", "bbox", "char_x0", "char_x1"))
_BOX_FIELDS = frozenset(("x0", "top", "x1", "bottom"))
_set = object.__setattr__  # pydantic's models refuse plain setattr of their private attributes


def _filled(cls, fields: dict, given: frozenset):
    """A cls model holding fields as they are (what model_construct makes of them, without its checks of each)."""
    model = cls.__new__(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(given))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def text_lines(placed: list[tuple], x0s: list[float], x1s: list[float]) -> list[TextLine]:
    """A TextLine of each placed line (start, end, page, bbox, chars in x0s, in x1s), char boxes taken in turn."""
    # One pass over each list in C: floats only, as the fields hold them once validated?
    floats = set(map(type, x0s)) <= {float} and set(map(type, x1s)) <= {float}
    out = []
    at0 = at1 = 0
    for start, end, page, bbox, n0, n1 in placed:
        char_x0, char_x1 = x0s[at0 : at0 + n0], x1s[at1 : at1 + n1]
        at0, at1 = at0 + n0, at1 + n1
        x0, top, x1, bottom = bbox
        if floats and type(start) is type(end) is type(page) is int and {type(v) for v in bbox} == {float}:
            box = _filled(BBox, {"x0": x0, "top": top, "x1": x1, "bottom": bottom}, _BOX_FIELDS)
            fields = {"start": start, "end": end, "page": page, "bbox": box, "char_x0": char_x0, "char_x1": char_x1}
            out.append(_filled(TextLine, fields, _LINE_FIELDS))
        else:
            box = BBox(x0=x0, top=top, x1=x1, bottom=bottom)
            out.append(TextLine(start=start, end=end, page=page, bbox=box, char_x0=char_x0, char_x1=char_x1))
    return out
