"""The CARE report: one self-contained HTML page built while scorecards stream past.

`ReportBuilder` keeps only running totals (per quality, per behaviour, per agent) and the
`lowest` lowest-scoring conversations with their transcripts, so a report over millions of
conversations needs no more memory than one over a hundred. Builders made in different
worker processes `merge()` into one.

`render()` produces a single HTML file: styles inline, Plotly's JavaScript embedded from the
installed `plotly` package (no CDN, it opens offline), every piece of conversation text
escaped and redacted (e-mail addresses, card and phone numbers).
"""

from __future__ import annotations

import heapq
import html
import itertools
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

from legendary.care.model import Conversation
from legendary.care.redact import redact
from legendary.care.scorecard import Outcome, Quality, Scorecard, Sentiment
from legendary.care.scoring import worth_a_look

QUALITIES: tuple[str, ...] = tuple(q.value for q in Quality)
BREAKER = "breaker"
QUALITY_COLOURS: dict[str, str] = {
    "committed": "#2f6690",
    "attentive": "#3a7d44",
    "responsive": "#c9791a",
    "empowered": "#7a4f9a",
    BREAKER: "#c0392b",
}
#: Agents shown in the per-agent chart (the busiest ones), to keep it readable.
MAX_AGENTS_SHOWN = 30


def humanise(behaviour: str) -> str:
    """`acknowledges_feelings` -> `acknowledges feelings`."""
    return behaviour.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Mark:
    """One piece of evidence to highlight in a transcript."""

    turn: int
    start: int
    end: int
    behaviour: str
    breaker: bool


@dataclass(frozen=True, slots=True)
class LowConversation:
    """A low-scoring conversation kept whole for the report: scores, transcript, evidence."""

    overall: float
    conversation_id: str
    qualities: tuple[float | None, ...]
    breakers: tuple[str, ...]
    flags: tuple[str, ...]
    agents: tuple[str, ...]
    turns: tuple[tuple[str, str, str], ...]  # role, speaker name, text
    marks: tuple[Mark, ...]

    @property
    def key(self) -> tuple[float, str]:
        # Ties broken by id so the same input always gives the same report.
        return (self.overall, self.conversation_id)


@dataclass(slots=True)
class _AgentTally:
    conversations: int = 0
    sums: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, value: float | None) -> None:
        if value is not None:
            self.sums[name] = self.sums.get(name, 0.0) + value
            self.counts[name] = self.counts.get(name, 0) + 1

    def merge(self, other: _AgentTally) -> None:
        self.conversations += other.conversations
        for name, value in other.sums.items():
            self.sums[name] = self.sums.get(name, 0.0) + value
            self.counts[name] = self.counts.get(name, 0) + other.counts[name]

    def mean(self, name: str) -> float | None:
        count = self.counts.get(name, 0)
        return self.sums[name] / count if count else None


class ReportBuilder:
    """Running totals of a stream of scorecards, plus the `lowest` lowest conversations.

    Feed it with `add(scorecard, conversation)`; combine partial builders with `merge`;
    `render()` returns the HTML page. Conversations without an overall score (nothing in
    the rubric applied) count in the totals but never among the lowest.
    """

    def __init__(self, lowest: int = 20) -> None:
        self.lowest_kept = lowest
        self.conversations = 0
        self.overall = _AgentTally()  # the whole set, scored like one big "agent"
        self.outcomes: dict[str, Counter[str]] = {}
        self.behaviour_quality: dict[str, str] = {}
        self.with_breaker = 0
        self.flagged = 0
        self.flags: Counter[str] = Counter()
        self.sentiment_end: Counter[str] = Counter()
        self.agents: dict[str, _AgentTally] = {}
        self.rubric_versions: set[str] = set()
        self._lowest: list[LowConversation] = []

    # -- collecting ---------------------------------------------------------------------

    def add(self, card: Scorecard, conversation: Conversation) -> None:
        """Count one scored conversation (and keep it if it is among the lowest so far)."""
        self.conversations += 1
        self.rubric_versions.add(card.rubric_version)
        scores = _scores(card)
        self.overall.conversations += 1
        for name, value in scores.items():
            self.overall.add(name, value)
        for result in card.behaviours:
            tally = self.outcomes.get(result.behaviour)
            if tally is None:
                tally = self.outcomes[result.behaviour] = Counter()
                self.behaviour_quality[result.behaviour] = (
                    BREAKER if result.breaker else result.quality
                )
            tally[result.outcome.value] += 1
        if card.breakers:
            self.with_breaker += 1
        if worth_a_look(card.flags):  # a promise to check later is no reason to look
            self.flagged += 1
        self.flags.update(card.flags)
        if card.sentiment_end is not None:
            self.sentiment_end[card.sentiment_end.value] += 1
        for agent in card.agents:
            tally_for_agent = self.agents.setdefault(agent, _AgentTally())
            tally_for_agent.conversations += 1
            for name, value in scores.items():
                tally_for_agent.add(name, value)
        if card.overall is not None and self._could_be_lowest(card):
            self._lowest.append(_low_conversation(card, conversation))
            if len(self._lowest) >= 2 * self.lowest_kept:
                self._trim()

    def _could_be_lowest(self, card: Scorecard) -> bool:
        if len(self._lowest) < self.lowest_kept:
            return True
        assert card.overall is not None
        worst_kept = max(self._lowest, key=lambda low: low.key)
        return (card.overall, card.conversation_id) < worst_kept.key

    def _trim(self) -> None:
        self._lowest = heapq.nsmallest(self.lowest_kept, self._lowest, key=lambda low: low.key)

    def merge(self, other: ReportBuilder) -> None:
        """Fold another builder's totals and lowest conversations into this one."""
        self.conversations += other.conversations
        self.rubric_versions |= other.rubric_versions
        self.overall.merge(other.overall)
        for behaviour, tally in other.outcomes.items():
            self.outcomes.setdefault(behaviour, Counter()).update(tally)
            self.behaviour_quality.setdefault(behaviour, other.behaviour_quality[behaviour])
        self.with_breaker += other.with_breaker
        self.flagged += other.flagged
        self.flags.update(other.flags)
        self.sentiment_end.update(other.sentiment_end)
        for agent, agent_tally in other.agents.items():
            self.agents.setdefault(agent, _AgentTally()).merge(agent_tally)
        self._lowest.extend(other._lowest)
        self._trim()

    # -- reading ------------------------------------------------------------------------

    def lowest(self) -> list[LowConversation]:
        """The lowest-scoring conversations kept, lowest first."""
        return heapq.nsmallest(self.lowest_kept, self._lowest, key=lambda low: low.key)

    def present_rate(self, behaviour: str) -> float | None:
        """Share of conversations where the behaviour applied and was shown (None if never)."""
        tally = self.outcomes.get(behaviour, Counter())
        applicable = tally[Outcome.PRESENT.value] + tally[Outcome.ABSENT.value]
        return tally[Outcome.PRESENT.value] / applicable if applicable else None

    def render(self, *, source: str = "", generated: datetime | None = None) -> str:
        """The whole report as one HTML document."""
        return _render(self, source=source, generated=generated or datetime.now(UTC))


def _scores(card: Scorecard) -> dict[str, float | None]:
    return {
        "overall": card.overall,
        "committed": card.committed,
        "attentive": card.attentive,
        "responsive": card.responsive,
        "empowered": card.empowered,
    }


def _low_conversation(card: Scorecard, conversation: Conversation) -> LowConversation:
    assert card.overall is not None
    marks = tuple(
        Mark(
            evidence.turn,
            evidence.start,
            # Evidence of when a reply came quotes its opening words only to point at it:
            # marking them (cut mid-word) would say those words earned the behaviour. An
            # empty mark keeps the turn's chip and highlights nothing.
            evidence.start if evidence.is_timing else evidence.end,
            result.behaviour,
            result.breaker,
        )
        for result in card.behaviours
        if result.outcome is Outcome.PRESENT
        for evidence in result.evidence
    )
    return LowConversation(
        overall=card.overall,
        conversation_id=card.conversation_id,
        qualities=(card.committed, card.attentive, card.responsive, card.empowered),
        breakers=card.breakers,
        flags=card.flags,
        agents=card.agents,
        turns=tuple((t.role.value, t.speaker.name, t.text) for t in conversation.turns),
        marks=marks,
    )


def write_report(builder: ReportBuilder, path: Path, *, source: str = "") -> None:
    """Render the report and write it to `path` atomically (no half-written file)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.write_text(builder.render(source=source), encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


# -- rendering ------------------------------------------------------------------------------


def _fmt(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def highlight(text: str, marks: Iterable[Mark]) -> str:
    """`text` escaped for HTML and redacted, with every evidence span wrapped in a `<mark>`.

    Overlapping spans are split at their boundaries so each piece names every behaviour
    it shows; spans outside the text (stale offsets) are clipped, never trusted. E-mail
    addresses, card and phone numbers are redacted as the importer redacts them: the
    report is a file people pass around, and `legendary score` reads raw exports. When
    such a number runs across the edge of a mark, the turn is shown redacted and unmarked
    rather than cut in two pieces that redaction would no longer recognise.
    """
    spans = [(max(0, m.start), min(len(text), m.end), m) for m in marks if m.end > m.start >= 0]
    spans = [(s, e, m) for s, e, m in spans if e > s]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    redacted = [redact(text[begin:finish]) for begin, finish in itertools.pairwise(cuts)]
    if "".join(redacted) != redact(text):
        return html.escape(redact(text))
    pieces: list[str] = []
    for (begin, finish), words in zip(itertools.pairwise(cuts), redacted, strict=True):
        piece = html.escape(words)
        covering = [m for s, e, m in spans if s <= begin and finish <= e]
        if covering:
            kind = "breaker" if any(m.breaker for m in covering) else "shown"
            names = ", ".join(dict.fromkeys(humanise(m.behaviour) for m in covering))
            piece = f'<mark class="{kind}" title="{html.escape(names)}">{piece}</mark>'
        pieces.append(piece)
    return "".join(pieces)


def _transcript(low: LowConversation) -> str:
    by_turn: dict[int, list[Mark]] = {}
    for mark in low.marks:
        by_turn.setdefault(mark.turn, []).append(mark)
    rows = []
    for index, (role, name, text) in enumerate(low.turns):
        marks = by_turn.get(index, [])
        if redact(name) != name:  # a WhatsApp contact is often named by their number
            name = ""
        who = html.escape(name or role.capitalize())
        if name:  # a name alone does not say who is the customer and who serves them
            who += f"<small>{html.escape(role)}</small>"
        chips = "".join(
            f'<span class="chip {"breaker" if m.breaker else "shown"}">'
            f"{html.escape(humanise(m.behaviour))}</span>"
            for m in {m.behaviour: m for m in marks}.values()
        )
        rows.append(
            f'<div class="turn {html.escape(role)}"><div class="who">{who}</div>'
            f'<div class="said">{highlight(text, marks)}{chips and f"<div>{chips}</div>"}'
            "</div></div>"
        )
    return "\n".join(rows)


def _lowest_section(lows: Sequence[LowConversation]) -> str:
    if not lows:
        return "<p>No conversation had anything to score yet, so there is nothing to show.</p>"
    items = []
    for rank, low in enumerate(lows, start=1):
        qualities = " · ".join(
            f"{q.capitalize()} {_fmt(v)}" for q, v in zip(QUALITIES, low.qualities, strict=True)
        )
        agents = html.escape(", ".join(low.agents) or "no named agent")
        breakers = "".join(
            f'<span class="chip breaker">{html.escape(humanise(b))}</span>' for b in low.breakers
        )
        flags = "".join(
            f'<span class="chip flag">{html.escape(humanise(f))}</span>' for f in low.flags
        )
        items.append(
            f'<details class="low"{" open" if rank <= 3 else ""}>'
            f'<summary><span class="rank">{rank}</span>'
            f'<span class="score">{_fmt(low.overall)}</span>'
            f'<span class="cid">{html.escape(low.conversation_id)}</span>'
            f'<span class="agents">{agents}</span>{breakers}{flags}</summary>'
            f'<p class="qualities">{qualities}</p>'
            f'<div class="transcript">{_transcript(low)}</div></details>'
        )
    return "\n".join(items)


def _figure(data: list[dict[str, Any]], layout: dict[str, Any]) -> dict[str, Any]:
    base = {
        "margin": {"l": 40, "r": 20, "t": 20, "b": 40},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "system-ui, -apple-system, Segoe UI, sans-serif", "size": 13},
    }
    return {"data": data, "layout": {**base, **layout}}


def _radar(builder: ReportBuilder) -> dict[str, Any]:
    means = [builder.overall.mean(q) for q in QUALITIES]
    labels = [q.capitalize() for q in QUALITIES]
    return _figure(
        [
            {
                "type": "scatterpolar",
                "r": [*(m or 0 for m in means), means[0] or 0],
                "theta": [*labels, labels[0]],
                "fill": "toself",
                "fillcolor": "rgba(47,102,144,0.25)",
                "line": {"color": QUALITY_COLOURS["committed"], "width": 3},
                "text": [*(_fmt(m) for m in means), _fmt(means[0])],
                "hovertemplate": "%{theta}: %{text}<extra></extra>",
            }
        ],
        {
            "polar": {"radialaxis": {"range": [0, 100], "tickvals": [25, 50, 75, 100]}},
            "showlegend": False,
            "height": 380,
            # Wide side margins: the angular labels sit outside the plot area.
            "margin": {"l": 90, "r": 90, "t": 30, "b": 30},
        },
    )


def _behaviour_bars(builder: ReportBuilder, *, breakers: bool) -> dict[str, Any] | None:
    order = {q: i for i, q in enumerate((*QUALITIES, BREAKER))}
    chosen = sorted(
        (
            (builder.behaviour_quality[b], b)
            for b in builder.outcomes
            if (builder.behaviour_quality[b] == BREAKER) == breakers
            and builder.present_rate(b) is not None
        ),
        key=lambda item: (order.get(item[0], len(order)), item[1]),
        reverse=True,  # Plotly draws horizontal bars bottom-up
    )
    if not chosen:
        return None
    rates = [100 * (builder.present_rate(b) or 0) for _, b in chosen]
    applicable = [
        builder.outcomes[b][Outcome.PRESENT.value] + builder.outcomes[b][Outcome.ABSENT.value]
        for _, b in chosen
    ]
    return _figure(
        [
            {
                "type": "bar",
                "orientation": "h",
                "x": rates,
                "y": [humanise(b) for _, b in chosen],
                "marker": {"color": [QUALITY_COLOURS.get(q, "#777") for q, _ in chosen]},
                "text": [f"{r:.0f}%" for r in rates],
                "textposition": "outside",
                "customdata": [[q, n] for (q, _), n in zip(chosen, applicable, strict=True)],
                "hovertemplate": "%{y} (%{customdata[0]}): %{x:.0f}% of %{customdata[1]}"
                " conversations where it applied<extra></extra>",
            }
        ],
        {
            "xaxis": {"range": [0, 110], "ticksuffix": "%", "gridcolor": "#e6e1d8"},
            "yaxis": {"automargin": True},
            "height": 90 + 26 * len(chosen),
            "showlegend": False,
        },
    )


def _agent_heatmap(builder: ReportBuilder) -> dict[str, Any] | None:
    busiest = sorted(builder.agents.items(), key=lambda item: (-item[1].conversations, item[0]))
    busiest = busiest[:MAX_AGENTS_SHOWN]
    if not busiest:
        return None
    columns = ["overall", *QUALITIES]
    # Lowest overall at the top, where the eye starts: that is who needs coaching first.
    busiest.sort(key=lambda item: -(item[1].mean("overall") or 0))
    values = [[tally.mean(c) for c in columns] for _, tally in busiest]
    return _figure(
        [
            {
                "type": "heatmap",
                "z": values,
                "x": ["Legendary", *(q.capitalize() for q in QUALITIES)],
                "y": [f"{name} ({tally.conversations})" for name, tally in busiest],
                "zmin": 0,
                "zmax": 100,
                "colorscale": [[0, "#c0392b"], [0.5, "#f3d27a"], [1, "#3a7d44"]],
                "text": [[_fmt(v) for v in row] for row in values],
                "texttemplate": "%{text}",
                "hovertemplate": "%{y}, %{x}: %{text}<extra></extra>",
                "colorbar": {"title": {"text": "score"}},
            }
        ],
        {
            "height": 120 + 28 * len(busiest),
            "yaxis": {"automargin": True},
            "xaxis": {"side": "top"},
            "margin": {"l": 40, "r": 20, "t": 40, "b": 20},
        },
    )


def _chart(div_id: str, figure: dict[str, Any] | None, empty: str) -> tuple[str, str]:
    """The chart's `<div>` and its drawing call (or a sentence when there is no data)."""
    if figure is None:
        return f'<p class="empty">{html.escape(empty)}</p>', ""
    # "</" inside a <script> would end it early; JSON allows the escaped form.
    payload = json.dumps(figure, ensure_ascii=False).replace("</", "<\\/")
    call = f"draw({json.dumps(div_id)}, {payload});"
    return f'<div class="chart" id="{div_id}"></div>', call


def _render(builder: ReportBuilder, *, source: str, generated: datetime) -> str:
    from plotly.offline import get_plotlyjs

    n = builder.conversations
    charts = {
        "radar": _chart("radar", _radar(builder) if n else None, "No conversations yet."),
        "behaviours": _chart(
            "behaviours",
            _behaviour_bars(builder, breakers=False),
            "No CARE behaviour applied to these conversations.",
        ),
        "breakers": _chart(
            "breakers",
            _behaviour_bars(builder, breakers=True),
            "No breaker was checked in these conversations.",
        ),
        "agents": _chart(
            "agents",
            _agent_heatmap(builder),
            "The conversations name no agents, so there are no per-person scores.",
        ),
    }
    negative_end = builder.sentiment_end[Sentiment.NEGATIVE.value]
    template = Template(
        resources.files("legendary.care.formats").joinpath("report.html").read_text("utf-8")
    )
    return template.substitute(
        source=html.escape(source or "your conversations"),
        generated=generated.strftime("%d %B %Y, %H:%M UTC"),
        rubric=html.escape(", ".join(sorted(builder.rubric_versions)) or "–"),
        conversations=f"{n:,}",
        overall=_fmt(builder.overall.mean("overall")),
        with_breaker=_percent(builder.with_breaker, n),
        ended_negative=_percent(negative_end, n),
        flagged=_percent(builder.flagged, n),
        lowest_count=str(len(builder.lowest())),
        agents_shown=str(min(len(builder.agents), MAX_AGENTS_SHOWN)),
        agents_total=str(len(builder.agents)),
        radar=charts["radar"][0],
        behaviours=charts["behaviours"][0],
        breakers=charts["breakers"][0],
        agents=charts["agents"][0],
        lowest=_lowest_section(builder.lowest()),
        plotlyjs=get_plotlyjs(),
        draw="\n".join(call for _, call in charts.values()),
    )
