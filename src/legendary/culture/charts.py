"""Plotly figure for a goal: its metric over time against the target (dict for json_script)."""

from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go

from legendary.culture.metrics import MetricPoint, metric_axis
from legendary.culture.models import Goal, MetricKind
from legendary.web.rounding import figure


def goal_chart(goal: Goal, progress: list[MetricPoint]) -> dict[str, Any]:
    """The metric's values as a line, the target as a dashed line up to the due date; the
    vertical axis says what it counts (a bare "-60" could be a score or an NPS) and spans
    the measure's whole scale (see `scale`)."""
    fig = go.Figure()
    fig.add_scatter(
        x=[p.on.isoformat() for p in progress],
        y=[p.value for p in progress],
        mode="lines+markers",
        name="measured",
        line={"color": "#1f5f8b", "width": 3},
        text=[p.source for p in progress],
        # The figure as the cards and the table print it ("61", "66.7", "−20"): Plotly's
        # ".1f" wrote "61.0" and a hyphen.
        customdata=[figure(p.value) for p in progress],
        hovertemplate="%{x}: %{customdata}<br>%{text}<extra></extra>",
    )
    start = min([goal.start_on, *[p.on for p in progress]])
    fig.add_scatter(
        x=[start.isoformat(), goal.due_on.isoformat()],
        y=[goal.target, goal.target],
        mode="lines",
        name="target",
        line={"color": "#e0a13a", "dash": "dash"},
    )
    fig.update_layout(
        height=320,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        xaxis={"title": {"text": "date measured", "font": {"size": 12}}, "automargin": True},
        yaxis={
            "title": {"text": metric_axis(goal.metric), "font": {"size": 12}},
            "range": scale(goal.metric, [goal.target, *[p.value for p in progress]]),
            "zeroline": True,
        },
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, sans-serif", "size": 13},
        # The legend above the plot: under it, on a phone, it lay over "date measured".
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
    )
    data: dict[str, Any] = json.loads(fig.to_json())
    return data


def scale(metric: str, values: list[float]) -> list[float]:
    """The vertical range of a goal chart: the measure's whole scale, 0 to 100 for a score
    or a share, -100 to 100 for an internal NPS. Plotly's own range hugged the values: a
    move from 62 to 64 filled the chart from 60 up and read as a leap. A value outside the
    scale (typed in by hand) widens it rather than falling off the chart."""
    low, high = (-100.0, 100.0) if metric == MetricKind.INTERNAL_NPS else (0.0, 100.0)
    # A little headroom so a point on the edge is not cut in half by the frame.
    return [min([low, *values]) - 2, max([high, *values]) + 2]
