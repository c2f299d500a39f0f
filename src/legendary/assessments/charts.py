"""Plotly figures for culture results, returned as plain dicts for `json_script`.

The page draws them with the project's charts.js and the locally served plotly.min.js.
Hidden groups appear as gaps with a hover text that says why, never as zeros.
"""

from __future__ import annotations

import json
from typing import Any

import plotly.graph_objects as go

from legendary.assessments.icare import Element, Perspective
from legendary.assessments.internal import TeamServiceResult
from legendary.assessments.results import GroupResult, IcareResults, nesting_depths
from legendary.web.rounding import shown_whole, signed

LEVEL_COLOURS = {"frontline": "#1f5f8b", "manager": "#e0a13a", "leader": "#b5537a"}
FONT = {"family": "system-ui, sans-serif", "size": 13, "color": "#1c2733"}


def _figure_dict(fig: go.Figure) -> dict[str, Any]:
    # Round-trip through Plotly's encoder: it turns numpy values into plain JSON.
    data: dict[str, Any] = json.loads(fig.to_json())
    return data


def _layout(fig: go.Figure, height: int, **extra: Any) -> None:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        font=FONT,
        paper_bgcolor="rgba(0,0,0,0)",
        plot_bgcolor="rgba(0,0,0,0)",
        # The legend above the plot: below it, at a phone's width, it lay over the
        # slanted element names and the axis title.
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        **extra,
    )
    # Each axis makes room for its labels and title rather than letting them collide.
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)


def level_scores_chart(results: IcareResults) -> dict[str, Any] | None:
    """Grouped bars: each ICARE element, one bar per visible level (0-100); None when every
    level is hidden (empty axes would read as scores of nothing)."""
    shown = [row for row in results.levels if not row.hidden]
    if not shown:
        return None
    fig = go.Figure()
    labels = [e.label for e in Element]
    for row in shown:
        fig.add_bar(
            name=row.label,
            x=labels,
            y=[row.score(e) for e in Element],
            text=[_whole(row.score(e)) for e in Element],
            textposition="none",
            marker_color=LEVEL_COLOURS.get(row.key, "#52606d"),
            hovertemplate="%{x}: %{text}<extra>" + row.label + "</extra>",
        )
    _layout(
        fig,
        360,
        barmode="group",
        xaxis={"title": "ICARE element"},
        yaxis={"range": [0, 100], "title": "score (0-100)"},
    )
    return _figure_dict(fig)


def _whole(value: float | None) -> str:
    """A score as the tables beside the chart print it (half up), or "no answers"."""
    return "no answers" if value is None else str(shown_whole(value))


INDENT = "\u2003"  # em space: SVG and HTML keep it where they fold ordinary spaces


def indented(label: str, depth: int) -> str:
    """A team's name set in under the team it belongs to."""
    return f"{INDENT * depth}↳ {label}" if depth else label


def team_heatmap(teams: list[GroupResult]) -> dict[str, Any]:
    """Team x element heat map of the given rows, in their order (each team followed by
    its sub-teams, indented: a team's row counts them too); hidden teams are blank,
    labelled rows."""
    labels = [indented(r.label, d) for r, d in zip(teams, nesting_depths(teams), strict=True)]
    rows = list(reversed(teams))
    labels.reverse()
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    for row in rows:
        z.append([None if row.hidden else row.score(e) for e in Element])
        text.append(["hidden" if row.hidden else _whole(row.score(e)) for e in Element])
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[e.label for e in Element],
            y=[
                label + (" (hidden)" if r.hidden else "")
                for r, label in zip(rows, labels, strict=True)
            ],
            text=text,
            texttemplate="%{text}",
            textfont={"size": 14},
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
            zmin=0,
            zmax=100,
            colorscale=[[0, "#b5537a"], [0.5, "#f3e3c3"], [1, "#2e7d5b"]],
            # A slim colour bar leaves the cells their width at a phone's 40rem.
            colorbar={"title": "score", "thickness": 14},
        )
    )
    _layout(fig, 120 + 42 * len(rows), xaxis={"title": "ICARE element"}, yaxis={"title": "team"})
    return _figure_dict(fig)


SCORE_TICKS = [0, 25, 50, 75, 100]


def gap_chart(results: IcareResults) -> dict[str, Any] | None:
    """Points per level on each element: the distance between dots is the level gap; None
    when no level may be shown."""
    if all(getattr(g, p.value) is None for g in results.gaps for p in Perspective):
        return None
    fig = go.Figure()
    for level in Perspective:
        values = [getattr(g, level.value) for g in results.gaps]
        if all(v is None for v in values):
            continue
        fig.add_scatter(
            name=level.label,
            x=values,
            y=[g.element.label for g in results.gaps],
            mode="markers",
            marker={"size": 14, "color": LEVEL_COLOURS[level.value]},
        )
    _layout(
        fig,
        300,
        # Every quarter named, both ends too: Plotly's own ticks stopped at 80 at a desk
        # and kept only 0 and 50 on a phone. The range reaches past the ends so that a
        # dot at 0 or 100 shows whole, and the "100" under the last tick is not dropped.
        xaxis={"range": [-4, 104], "tickvals": SCORE_TICKS, "title": "score (0-100)"},
        yaxis={"title": "ICARE element"},
    )
    return _figure_dict(fig)


def matrix_chart(results: list[TeamServiceResult], team_names: dict[str, str]) -> dict[str, Any]:
    """Rater team (rows) x rated team (columns), coloured by internal NPS; hidden cells blank."""
    raters = sorted({c.rater for r in results for c in r.cells}, key=lambda k: team_names.get(k, k))
    columns = [r.team.name for r in results]
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    for rater in raters:
        z_row: list[float | None] = []
        t_row: list[str] = []
        for result in results:
            cell = next((c for c in result.cells if c.rater == rater), None)
            if cell is None:
                z_row.append(None)
                t_row.append("")
            elif cell.hidden:
                z_row.append(None)
                t_row.append("hidden")
            else:
                z_row.append(cell.nps)
                t_row.append(signed(cell.nps) if cell.nps is not None else "")
        z.append(z_row)
        text.append(t_row)
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=columns,
            y=[team_names.get(r, r) for r in raters],
            text=text,
            texttemplate="%{text}",
            textfont={"size": 14},
            hovertemplate="%{y} rating %{x}: %{text}<extra></extra>",
            zmin=-100,
            zmax=100,
            colorscale=[[0, "#b5537a"], [0.5, "#f3e3c3"], [1, "#2e7d5b"]],
            colorbar={"title": "internal NPS"},
        )
    )
    _layout(
        fig,
        140 + 40 * len(raters),
        xaxis={"title": "team being rated"},
        yaxis={"title": "rating team"},
    )
    return _figure_dict(fig)


NPS_ROW_HEIGHT = 36  # pixels per team bar
# The bottom holds the ticks and axis title; the right, half the "100" that ends the axis:
# with 10 px its label stood past the chart's edge on a phone and Plotly hid it.
NPS_MARGINS = {"l": 10, "r": 24, "t": 10, "b": 60}
NPS_TICKS = [-100, -50, 0, 50, 100]


def nps_bars(results: list[TeamServiceResult]) -> dict[str, Any] | None:
    """Internal NPS per team (visible teams only, in the table's order, top to bottom), as
    tall as its bars: one row per team plus the axis, so one team leaves no empty space and
    nine are not squeezed. None when no team may be shown."""
    shown = [r for r in results if not r.hidden and r.nps is not None]
    if not shown:
        return None
    fig = go.Figure(
        go.Bar(
            x=[r.nps for r in shown],
            y=[r.team.name for r in shown],
            orientation="h",
            marker_color=["#2e7d5b" if (r.nps or 0) >= 0 else "#b5537a" for r in shown],
            # The figure as the table prints it, true minus and all: Plotly's own "+.0f"
            # writes a hyphen ("-60"), while its axis ticks and our texts write "−60".
            customdata=[signed(r.nps) for r in shown],
            hovertemplate="%{y}: %{customdata}<extra></extra>",
        )
    )
    _layout(
        fig,
        NPS_MARGINS["t"] + NPS_MARGINS["b"] + NPS_ROW_HEIGHT * len(shown),
        xaxis={
            "range": [-100, 100],
            "tickvals": NPS_TICKS,  # both ends always named, however narrow the chart
            "title": "internal NPS",
            "fixedrange": True,
        },
        # Long team names widen the left margin instead of being cut off.
        yaxis={"title": "team", "automargin": True, "autorange": "reversed", "fixedrange": True},
    )
    fig.update_layout(margin=NPS_MARGINS)
    return _figure_dict(fig)
