"""Every registered JSON shape has a JSON Schema that `letters schema` prints."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractor.cli import main
from models.schemas import SCHEMAS


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_printed_and_describes_an_object(name):
    result = CliRunner().invoke(main, ["schema", name])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.output)
    assert schema["type"] == "object"
    # A record names its fields; a free-form row (`letters sql`) says its values may be anything.
    assert schema.get("properties") or schema.get("additionalProperties") is True, name


def test_unknown_schema_is_refused_with_the_names():
    result = CliRunner().invoke(main, ["schema", "no-such-shape"])
    assert result.exit_code != 0
    assert "extraction" in result.output
