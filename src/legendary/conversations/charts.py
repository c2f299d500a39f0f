"""Plotly figures for conversation dashboards, as JSON for `legendary/charts.js` to draw.

The figure is built on the server with plotly's Python API (which validates it) and drawn
in the browser by the plotly.min.js that ships inside the same package: no CDN.
"""

from __future__ import annotations

import plotly.graph_objects as go

from legendary.conversations.selectors import WeeklyChannelCounts

# One calm colour per channel, in the order of Channel.choices; readable on white and
# distinguishable for the common colour-vision deficiencies.
CHANNEL_COLOURS = ["#1f5f8b", "#3a9d8f", "#e0a13a", "#b5537a", "#7a6fb0"]


def channel_chart_json(data: WeeklyChannelCounts) -> str:
    """A stacked weekly bar chart of conversations per channel, as Plotly figure JSON.

    Returns "" when there is nothing to draw, so the page can say so instead of showing
    an empty frame.
    """
    if data.total == 0:
        return ""
    figure = go.Figure()
    for (label, counts), colour in zip(data.by_channel.items(), CHANNEL_COLOURS, strict=False):
        if not any(counts):
            continue
        figure.add_trace(
            go.Bar(
                x=[week.isoformat() for week in data.weeks],
                y=counts,
                name=label,
                marker_color=colour,
                hovertemplate="%{y} " + label.lower() + " conversations<extra>week of %{x}</extra>",
            )
        )
    figure.update_layout(
        barmode="stack",
        margin={"l": 40, "r": 10, "t": 10, "b": 40},
        height=300,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        font={"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 12},
        legend={"orientation": "h", "y": -0.18, "traceorder": "normal"},
        xaxis={"type": "date", "tickformat": "%d %b", "showgrid": False},
        yaxis={"title": {"text": "conversations per week"}, "gridcolor": "#e6e9ef"},
    )
    chart: str = figure.to_json()
    # The JSON goes inside a <script type="application/json"> element: "</" must not end it.
    return chart.replace("</", "<\\/")
