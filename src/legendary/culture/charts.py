"""Plotly figure for a goal: its metric over time against the target (dict for json_script)."""

from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go

from legendary.culture.metrics import MetricPoint, metric_axis
from legendary.culture.models import Goal


def goal_chart(goal: Goal, progress: list[MetricPoint]) -> dict[str, Any]:
    """The metric's values as a line, the target as a dashed line up to the due date; the
    vertical axis says what it counts (a bare "-60" could be a score or an NPS)."""
    fig = go.Figure()
    fig.add_scatter(
        x=[p.on.isoformat() for p in progress],
        y=[p.value for p in progress],
        mode="lines+markers",
        name="measured",
        line={"color": "#1f5f8b", "width": 3},
        text=[p.source for p in progress],
        hovertemplate="%{x}: %{y:.0f}<br>%{text}<extra></extra>",
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
        margin={"l": 10, "r": 10, "t": 20, "b": 10},
        yaxis={"title": {"text": metric_axis(goal.metric), "font": {"size": 12}}},
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, sans-serif", "size": 13},
        legend={"orientation": "h", "y": -0.2},
    )
    data: dict[str, Any] = json.loads(fig.to_json())
    return data
