"""The Internal NPS chart is as tall as its bars: no empty band under one team, no squeeze
(or cut-off names) with many."""

from __future__ import annotations

import pytest

from legendary.assessments.charts import nps_bars
from legendary.assessments.internal import TeamServiceResult
from legendary.people.models import Team


def _result(name: str, nps: float | None, hidden: bool = False) -> TeamServiceResult:
    return TeamServiceResult(
        team=Team(name=name),
        hidden=hidden,
        respondents=None if hidden else 8,
        nps=nps,
        satisfaction=None if hidden else 4.0,
        cells=[],
        suggestions=None,
    )


def _bar_area(figure: dict[str, object]) -> tuple[int, int]:
    layout = figure["layout"]
    assert isinstance(layout, dict)
    margin = layout["margin"]
    return layout["height"], layout["height"] - margin["t"] - margin["b"]


@pytest.mark.parametrize("teams", [1, 2, 5, 9, 20])
def test_each_team_gets_the_same_room_whatever_their_number(teams: int) -> None:
    figure = nps_bars([_result(f"Team {i}", 10.0 * i - 50) for i in range(teams)])
    assert figure is not None
    height, bars = _bar_area(figure)
    # Old chart: one team had 96 px of plot (a thin bar in a tall empty box), twenty 28.
    assert 30 <= bars / teams <= 40
    assert height < 100 + 40 * teams


def test_hidden_teams_take_no_row_and_long_names_are_not_cut() -> None:
    figure = nps_bars(
        [_result("Customer Care & After-Sales Escalations", 20.0), _result("Kiosk", None, True)]
    )
    assert figure is not None
    assert list(figure["data"][0]["y"]) == ["Customer Care & After-Sales Escalations"]
    assert figure["layout"]["yaxis"]["automargin"] is True


def test_no_chart_when_every_team_is_hidden() -> None:
    assert nps_bars([_result("Kiosk", None, True)]) is None
