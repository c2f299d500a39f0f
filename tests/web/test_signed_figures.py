"""Negative figures shown to people carry the true minus ("−60"), as the pages' texts do
("Internal NPS runs from −100 to +100"); the templates' `stringformat:"+d"` and the
charts' f"{x:+.0f}" printed a hyphen ("-60"). CSV files and the API keep plain numbers."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from legendary.assessments.charts import matrix_chart, nps_bars
from legendary.assessments.internal import MatrixCell, TeamServiceResult
from legendary.people.models import Team
from legendary.web.rounding import figure, signed


@pytest.mark.parametrize(
    ("value", "places", "shown"),
    [
        (-60, 0, "−60"),
        (7, 0, "+7"),
        (0, 0, "0"),
        (-0.4, 0, "0"),  # rounds to nothing: no "−0"
        (-2.5, 0, "−3"),  # half away from zero, as floatformat
        (-100.0, 0, "−100"),
        (1.25, 1, "+1.3"),
        (-0.3, 1, "−0.3"),
        (-0.02, 1, "0.0"),
    ],
)
def test_a_signed_figure_reads_with_a_true_minus(value: float, places: int, shown: str) -> None:
    assert signed(value, places) == shown


def test_the_template_filter_prints_the_same() -> None:
    template = Template("{% load figures %}{{ a|signed }} {{ b|signed:1 }} [{{ c|signed }}]")
    text = template.render(Context({"a": -60, "b": 2.04, "c": None}))
    assert text == "−60 +2.0 []"
    assert "-" not in text


def _team(name: str, nps: float, cells: list[MatrixCell] | None = None) -> TeamServiceResult:
    return TeamServiceResult(
        team=Team(name=name),
        hidden=False,
        respondents=8,
        nps=nps,
        satisfaction=3.5,
        cells=cells or [],
        suggestions=None,
    )


def test_the_nps_charts_write_a_true_minus() -> None:
    bars = nps_bars([_team("Kiosk", -60.0), _team("Stores", 25.0)])
    assert bars is not None
    assert list(bars["data"][0]["customdata"]) == ["−60", "+25"]
    assert "%{customdata}" in bars["data"][0]["hovertemplate"]
    kiosk = Team(name="Kiosk")
    cell = MatrixCell("2", kiosk, hidden=False, respondents=6, nps=-60.0, satisfaction=3.0)
    matrix = matrix_chart([_team("Kiosk", -60.0, [cell])], {"2": "Stores"})
    assert matrix["data"][0]["text"] == [["−60"]]


@pytest.mark.parametrize("missing", [None, float("nan"), float("inf")])
def test_no_figure_reads_as_the_dash_not_zero_or_an_error(missing: float | None) -> None:
    """Session 21: signed(nan) raised decimal.InvalidOperation; no figure is "—"."""
    assert signed(missing) == "—"
    assert signed(missing, 1) == "—"
    assert figure(missing) == "—"
    rendered = Template("{% load figures %}[{{ a|signed }}] {{ a|figure }}")
    assert rendered.render(Context({"a": missing})) == "[] —"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (61.0, "61"),
        (25, "25"),
        (66.66, "66.7"),
        (61.04, "61"),
        (-20.0, "−20"),
        (-12.55, "−12.6"),  # half away from zero, as floatformat
        (-0.04, "0"),  # no "−0"
        (0, "0"),
    ],
)
def test_a_goals_figure_keeps_one_decimal_where_it_has_one(value: float, shown: str) -> None:
    """A goal's figure prints as floatformat "-1" does, with the true minus (6ff7cb8)."""
    assert figure(value) == shown
    assert Template("{% load figures %}{{ a|figure }}").render(Context({"a": value})) == shown


def test_a_missing_nps_hovers_as_no_value_not_zero() -> None:
    """nps_bars hovered a missing NPS as "0" (`signed(r.nps or 0)`); one that slips past
    its None filter as NaN now reads "—" and does not raise."""
    bars = nps_bars([_team("Kiosk", float("nan")), _team("Stores", 25.0)])
    assert bars is not None
    assert list(bars["data"][0]["customdata"]) == ["—", "+25"]
