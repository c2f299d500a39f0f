"""Plotly figures for conversation dashboards, as JSON for `legendary/charts.js` to draw.

The figure is plain Plotly JSON (data + layout) drawn in the browser by the plotly.min.js
that ships inside the plotly package: no CDN. Building the dict directly, rather than
through plotly's Python figure classes, keeps the page fast (about 1 ms instead of 100 ms
of validation per request, and no 1.5 s import on the first request).
"""

from __future__ import annotations

import json

from legendary.conversations.selectors import WeeklyChannelCounts

# One calm colour per channel, in the order of Channel.choices; readable on white and
# distinguishable for the common colour-vision deficiencies.
CHANNEL_COLOURS = ["#1f5f8b", "#3a9d8f", "#e0a13a", "#b5537a", "#7a6fb0"]
FONT = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
_WEEK_MS = 7 * 24 * 3600 * 1000  # Plotly's date-axis steps are in milliseconds
_MOST_TICKS = 7


def channel_chart(data: WeeklyChannelCounts) -> dict[str, object] | None:
    """A stacked weekly bar chart of conversations per channel, as a Plotly figure dict.

    Returns None when there is nothing to draw. Channels with no conversation in the
    window are left out of the legend; each channel keeps its colour regardless.
    """
    if data.total == 0:
        return None
    weeks = [week.isoformat() for week in data.weeks]
    days = data.days or [7] * len(weeks)
    # A week only partly inside the window (the first, and the one under way) is drawn
    # paler and says how many days it holds, so it does not read as a quiet week.
    notes = ["" if n >= 7 else f" (only {n} of its 7 days)" for n in days]
    traces = [
        {
            "type": "bar",
            "name": label,
            "x": weeks,
            "y": counts,
            "customdata": notes,
            "marker": {"color": colour, "opacity": [1.0 if n >= 7 else 0.45 for n in days]},
            "hovertemplate": "%{y} "
            + label.lower()
            + " conversations<extra>week of %{x}%{customdata}</extra>",
        }
        for (label, counts), colour in zip(data.by_channel.items(), CHANNEL_COLOURS, strict=False)
        if any(counts)
    ]
    # The paler bars are explained on the chart itself: hover text is not there on a phone
    # or in a screenshot, and a pale stub at the end otherwise reads as a week gone quiet.
    axis_title = "week beginning"
    if any(n < 7 for n in days):
        axis_title += " · paler: a partial week"
    layout = {
        "barmode": "stack",
        "height": 320,
        "margin": {"l": 40, "r": 10, "t": 10, "b": 60},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": FONT, "size": 12},
        "legend": {"orientation": "h", "y": -0.3, "traceorder": "normal"},
        # Ticks on the bars' Mondays (Plotly's own weekly ticks fall on Sundays, under
        # no bar's start), every week or every few weeks so that labels never crowd.
        "xaxis": {
            "type": "date",
            # "7 Sep" as every other date on the pages ("%d" printed "07 Sep"); the hover
            # names the week the same way, with its year.
            "tickformat": "%-d %b",
            "hoverformat": "%-d %b %Y",
            "tick0": weeks[0],
            "dtick": _WEEK_MS * -(-len(weeks) // _MOST_TICKS),
            "showgrid": False,
            "title": {"text": axis_title, "font": {"size": 11, "color": "#52606d"}},
        },
        "yaxis": {"title": {"text": "conversations per week"}, "gridcolor": "#e6e9ef"},
    }
    return {"data": traces, "layout": layout}


def channel_chart_json(data: WeeklyChannelCounts) -> str:
    """`channel_chart` as JSON safe to place inside a <script type="application/json">,
    or "" when there is nothing to draw (so the page can say so)."""
    figure = channel_chart(data)
    return "" if figure is None else script_json(figure)


def script_json(figure: dict[str, object]) -> str:
    """A Plotly figure as compact JSON safe inside a <script type="application/json">."""
    # "</" must not end the script element that holds the JSON.
    return json.dumps(figure, separators=(",", ":")).replace("</", "<\\/")
