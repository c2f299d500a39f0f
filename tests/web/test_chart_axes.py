"""Every chart the product draws says what its axes count, and a score's axis starts at 0.

A goal's chart let Plotly fit its vertical axis to the values: a CARE share moving from 62
to 64 filled the chart from 60 upwards and read as a leap. The survey charts named their
score axis but not the other one (which axis holds the ICARE elements, which the teams),
and the goal chart left its dates unnamed. These tests read the figures as the pages
embed them, so a chart added later is checked too.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from culture.test_culture_demo import demo  # noqa: F401  (fixture by name)
from legendary.assessments.models import Campaign, CampaignKind
from legendary.culture import charts, metrics
from legendary.culture.models import Goal, MetricKind
from legendary.people.models import Person, Team

# A figure's JSON as the page embeds it next to <div data-figure="ID">.
# (json_script writes id= first, the hand-written ones type= first)
FIGURE = re.compile(
    r'<script (?:type="application/json" id="([\w-]+)"|id="([\w-]+)" type="application/json")>'
    r"(.*?)</script>",
    re.S,
)
# Words that say an axis holds a score or a share, whose zero must be in sight.
SCALED = re.compile(r"score|NPS|%", re.I)


def _title(axis: dict[str, Any]) -> str:
    title = axis.get("title", "")
    return str(title.get("text", "") if isinstance(title, dict) else title)


def axis_problems(name: str, figure: dict[str, Any]) -> list[str]:
    """What a reader cannot tell from the figure: an unnamed axis, a score axis whose
    zero is cut off."""
    layout = figure["layout"]
    problems = []
    if any(trace.get("type") == "scatterpolar" for trace in figure["data"]):
        radial = layout["polar"]["radialaxis"]
        if radial.get("range", [None])[0] != 0:
            problems.append(f"{name}: the radar's centre is not 0")
        return problems
    for key in ("xaxis", "yaxis"):
        axis = layout.get(key, {})
        title = _title(axis)
        if not title:
            problems.append(f"{name}: {key} has no title")
        if SCALED.search(title) and not (axis.get("range") and min(axis["range"]) <= 0):
            problems.append(f"{name}: {key} ({title}) does not reach 0: {axis.get('range')}")
    for trace in figure["data"]:
        if trace.get("type") == "heatmap" and not _title(trace.get("colorbar", {})):
            problems.append(f"{name}: its colour scale has no title")
    return problems


def figures(client: Client, path: str) -> dict[str, dict[str, Any]]:
    response = client.get(path, follow=True)
    assert response.status_code == 200, path
    page = response.content.decode()
    return {
        f"{path} {first or second}": json.loads(body)
        for first, second, body in FIGURE.findall(page)
        if f'data-figure="{first or second}"' in page
    }


@pytest.mark.usefixtures("demo")
def test_every_chart_names_its_axes_and_starts_its_scores_at_zero() -> None:
    client = Client()
    client.force_login(Person.objects.get(user__username="leader").user)
    paths = ["/", "/assessments/internal/"]
    icare = Campaign.objects.filter(kind=CampaignKind.ICARE, closes_on__lt=timezone.localdate())
    paths += [f"/assessments/{c.pk}/results/" for c in icare]
    paths += [f"/culture/goals/{g.pk}/" for g in Goal.objects.all()]
    paths += [f"/teams/{Team.objects.filter(deleted_at=None).first().pk}/"]  # type: ignore[union-attr]
    found: dict[str, dict[str, Any]] = {}
    for path in paths:
        found.update(figures(client, path))
    kinds = {name.split()[-1] for name in found}
    # The check reached every kind of chart (a page that stopped drawing one would pass).
    assert {"care-radar", "channel-chart", "nps", "matrix", "goal-chart"} <= kinds, kinds
    assert {"level-chart", "gap-chart", "heatmap"} <= kinds, kinds
    assert [p for name, figure in found.items() for p in axis_problems(name, figure)] == []


def test_a_goal_chart_spans_the_whole_scale_of_its_measure() -> None:
    """Two points apart on a 0-100 share look like two points apart."""
    today = timezone.localdate()
    points = [
        metrics.MetricPoint(today - datetime.timedelta(days=7), 62.0, "week 1"),
        metrics.MetricPoint(today, 64.0, "week 2"),
    ]
    for metric, low, high in (
        (MetricKind.CARE_BEHAVIOUR, 0, 100),
        (MetricKind.ICARE_ELEMENT, 0, 100),
        (MetricKind.INTERNAL_NPS, -100, 100),
    ):
        goal = Goal(
            title="Acknowledge feelings",
            metric=metric,
            metric_key="x",
            target=70,
            start_on=today - datetime.timedelta(days=14),
            due_on=today + datetime.timedelta(days=90),
        )
        bottom, top = charts.goal_chart(goal, points)["layout"]["yaxis"]["range"]
        assert low - 5 < bottom <= low, metric
        assert high <= top < high + 5, metric
    # A figure typed in by hand beyond the scale widens it rather than falling off.
    goal.target = 130
    assert charts.goal_chart(goal, points)["layout"]["yaxis"]["range"][1] >= 130
