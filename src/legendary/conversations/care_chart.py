"""The CARE radar: the four quality averages as a Plotly figure for `legendary/charts.js`."""

from __future__ import annotations

from legendary.conversations.care_summary import CareSummary
from legendary.conversations.charts import FONT, script_json


def care_radar(summary: CareSummary) -> dict[str, object] | None:
    """A radar of Committed, Attentive, Responsive and Empowered (0-100), or None when no
    quality applied anywhere. A quality that never applied is drawn at the centre and its
    hover text says so, rather than pretending it scored zero."""
    scores = summary.quality_scores()
    if all(value is None for value in scores.values()):
        return None
    names = [quality.capitalize() for quality in scores]
    values = [round(value, 1) if value is not None else 0 for value in scores.values()]
    hover = [
        f"{name}: {value:.0f}" if value is not None else f"{name}: did not apply"
        for name, value in zip(names, scores.values(), strict=True)
    ]
    trace = {
        "type": "scatterpolar",
        # The first point repeated closes the shape.
        "r": [*values, values[0]],
        "theta": [*names, names[0]],
        "text": [*hover, hover[0]],
        "hoverinfo": "text",
        "fill": "toself",
        "fillcolor": "rgba(31, 95, 139, 0.25)",
        "line": {"color": "#1f5f8b", "width": 2},
        "name": "CARE",
    }
    layout = {
        "height": 340,
        # Room at the sides for "Empowered" and "Attentive" in full: at 50 px a phone's
        # card cut them to "owered" and "Attenti".
        "margin": {"l": 80, "r": 80, "t": 20, "b": 20},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": FONT, "size": 12},
        "showlegend": False,
        "polar": {
            # Committed at the top, then clockwise: C, A, R, E reads in CARE order.
            "angularaxis": {"rotation": 90, "direction": "clockwise"},
            # Tick labels on a diagonal, where no quality's name sits.
            "radialaxis": {
                "range": [0, 100],
                "tickvals": [25, 50, 75, 100],
                "angle": 45,
                "tickangle": 45,
                "tickfont": {"size": 10, "color": "#52606d"},
            },
            "bgcolor": "rgba(0,0,0,0)",
        },
    }
    return {"data": [trace], "layout": layout}


def care_radar_json(summary: CareSummary) -> str:
    """`care_radar` as JSON safe inside a <script type="application/json">, or ""."""
    figure = care_radar(summary)
    return "" if figure is None else script_json(figure)
