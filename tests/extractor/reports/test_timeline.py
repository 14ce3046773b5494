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


def test_points_are_placed_by_their_real_spacing():
    timeline = build_timeline(LETTERS, "country", "ETH")
    dates = [p.date for p in timeline.points]
    assert [p.days for p in timeline.points] == [(d - dates[0]).days for d in dates]
    # Not evenly: the gaps of the series differ.
    gaps = {b.days - a.days for a, b in zip(timeline.points, timeline.points[1:])}
    assert len(gaps) > 1


def test_a_sum_restated_in_later_letters_is_compared_per_currency_not_added():
    timeline = build_timeline(LETTERS, "country", "Somalia")
    assert [c.model_dump() for c in timeline.currencies] == [
        {"currency": "USD", "letters": 2, "amounts": 2, "first": 30e6, "last": 30e6, "largest": 30e6}
    ]


def _about_tunisia(sum_sentence: str):
    from store_samples import build

    letter = build("tn", "2024-01-10", ["Tunisia is a close partner on migration.", sum_sentence])
    commitment = letter.commitments[0].model_copy(update={"beneficiaries": ["TUN"]})
    return letter.model_copy(update={"commitments": [commitment]})


def test_a_commitments_sum_about_the_subject_counts_once_even_when_its_sentence_does_not_name_it():
    from extractor.reports.timeline import timeline_point

    point = timeline_point(
        _about_tunisia("The European Commission will provide EUR 675 million for border management."), "country", "TUN"
    )
    # The table used to list this sum while the chart said "no money stated": both read point.money now.
    assert [(m.currency, m.value, m.amounts) for m in point.money] == [("EUR", 675e6, 1)]
    assert money_by_currency(point) == {"EUR": 675e6}


def test_a_sum_in_a_sentence_naming_the_subject_is_not_counted_twice_with_its_commitment():
    from store_samples import build

    from extractor.reports.timeline import timeline_point

    letter = build("tn", "2024-01-10", ["The European Commission will provide EUR 10 million to Tunisia."])
    assert letter.commitments and letter.commitments[0].beneficiaries == ["TUN"]
    point = timeline_point(letter, "country", "TUN")
    assert [(m.currency, m.value, m.amounts) for m in point.money] == [("EUR", 10e6, 1)]


def test_states_nothing_only_for_letters_silent_about_the_subject():
    from extractor.reports.timeline import states_nothing

    timeline = build_timeline(LETTERS, "country", "Somalia")
    assert [states_nothing(p) for p in timeline.points] == [True, False, False]


def test_chart_has_a_time_axis_and_no_zero_bars():
    import matplotlib.dates as mdates

    from extractor.reports.timeline import draw_chart

    timeline = build_timeline(LETTERS, "country", "Somalia")
    figure = draw_chart(timeline)
    top, bottom = figure.axes
    bars = bottom.patches
    named = [p for p in timeline.points if p.mentions]
    assert len(bars) == len(named) == 2 and all(bar.get_height() > 0 for bar in bars)
    # Bars stand at the letters' dates (a date axis), not at 0, 1, 2.
    centres = sorted(bar.get_x() + bar.get_width() / 2 for bar in bars)
    assert centres == pytest.approx([mdates.date2num(p.date) for p in named])
    # Money is drawn only where a letter states it, and "no money stated" only when none does.
    (marks,) = top.get_lines()
    assert [mdates.date2num(d) for d in marks.get_xdata()] == [mdates.date2num(p.date) for p in named]
    assert not [t for t in top.texts if "no money" in t.get_text()]
    silent = build_timeline(LETTERS, "route", "Atlantic")
    assert [t.get_text() for t in draw_chart(silent).axes[0].texts] == ["no money stated"]
