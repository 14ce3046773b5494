"""build_timeline on the hand-annotated series: subjects by code or name, amounts and statuses per letter."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SERIES_DIR = Path(__file__).resolve().parents[2] / "letters" / "series"
sys.path.insert(0, str(SERIES_DIR))

from series_fixtures import load_extraction  # noqa: E402

from extractor.reports.timeline import build_timeline, money_by_currency, resolve_country, write_chart  # noqa: E402

LETTERS = [load_extraction(name) for name in ("notice_1", "notice_2", "notice_3")]


@pytest.mark.parametrize(
    "given, code",
    [
        ("SOM", "SOM"),
        ("som", "SOM"),
        ("SO", "SOM"),
        ("Somalia", "SOM"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("the Netherlands", "NLD"),
        ("Afghans", "AFG"),
    ],
)
def test_country_by_code_name_or_demonym(given, code):
    assert resolve_country(given)[0] == code


def test_unknown_country_is_a_value_error():
    with pytest.raises(ValueError, match="Narnia"):
        resolve_country("Narnia")


def test_country_appears_when_the_letters_add_it():
    timeline = build_timeline(LETTERS, "country", "Somalia")
    assert [p.mentions for p in timeline.points] == [0, 1, 1]
    assert [money_by_currency(p) for p in timeline.points] == [{}, {"USD": 30e6}, {"USD": 30e6}]


def test_commitment_status_moves_over_time():
    timeline = build_timeline(LETTERS, "country", "NER")
    assert [[c.status for c in p.commitments] for p in timeline.points] == [["planned"], ["planned"], ["disbursed"]]


def test_organisation_by_a_shorter_name_keeps_the_canonical_label():
    timeline = build_timeline(LETTERS, "organisation", "food programme")
    assert timeline.label == "World Food Programme"
    assert [p.mentions for p in timeline.points] == [1, 1, 1]


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        build_timeline(LETTERS, "person", "Someone")


def test_png_chart_is_written(tmp_path):
    out = write_chart(build_timeline(LETTERS, "country", "ETH"), tmp_path / "eth.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError):
        write_chart(build_timeline(LETTERS, "country", "ETH"), tmp_path / "eth.gif")


def test_route_and_programme_across_the_mediterranean_series():
    med = [load_extraction(name) for name in ("med_1", "med_2", "med_3")]
    route = build_timeline(med, "route", "western balkans")
    assert route.label == "Western Balkans" and [p.mentions for p in route.points] == [1, 1, 1]
    assert [[a.value for a in p.amounts] for p in route.points] == [[500], [500], [500]]
    programme = build_timeline(med, "programme", "Talent Partnership")
    assert [p.mentions for p in programme.points] == [1, 1, 0]
