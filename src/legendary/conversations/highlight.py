"""Evidence marked in the transcript: the exact characters that earned (or broke) a score.

Each turn's text is escaped piece by piece and the evidence spans are wrapped in
`<mark>`, so stored text can never inject markup, whatever a customer typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from legendary.care.evidence import WAIT_SECONDS
from legendary.conversations.care_summary import behaviour_label


@dataclass(frozen=True)
class Span:
    """One evidence span in a turn's text."""

    start: int
    end: int
    behaviour: str
    breaker: bool


def spans_by_turn(document: Mapping[str, Any]) -> dict[int, list[Span]]:
    """Turn index -> evidence spans, from a stored scorecard document (`Scorecard.as_dict()`)."""
    spans: dict[int, list[Span]] = {}
    for result in document.get("behaviours", ()):
        for evidence in result.get("evidence", ()):
            if is_timing(evidence):
                continue
            span = Span(
                int(evidence["start"]),
                int(evidence["end"]),
                str(result["behaviour"]),
                bool(result.get("breaker")),
            )
            spans.setdefault(int(evidence["turn"]), []).append(span)
    return spans


def is_timing(evidence: Mapping[str, Any]) -> bool:
    """True for evidence about when a reply came (`responds_promptly`), not about its words:
    marking the whole reply would hide the words that matter."""
    return WAIT_SECONDS in (evidence.get("detail") or {})


def highlight(text: str, spans: Iterable[Span]) -> SafeString:
    """`text` escaped, with each span wrapped in a `<mark>` naming its behaviour(s).

    Overlapping spans are merged into one mark that names every behaviour it shows; spans
    outside the text (a scorecard of an older version of the turn) are ignored.
    """
    merged: list[tuple[int, int, list[Span]]] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        start, end = max(0, span.start), min(len(text), span.end)
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            first, last, group = merged[-1]
            merged[-1] = (first, max(last, end), [*group, span])
        else:
            merged.append((start, end, [span]))
    parts: list[str] = []
    cursor = 0
    for start, end, group in merged:
        parts.append(escape(text[cursor:start]))
        names = ", ".join(dict.fromkeys(behaviour_label(s.behaviour) for s in group))
        kind = "evidence breaker" if any(s.breaker for s in group) else "evidence"
        parts.append(
            format_html('<mark class="{}" title="{}">{}</mark>', kind, names, text[start:end])
        )
        cursor = end
    parts.append(escape(text[cursor:]))
    # Every piece above was escaped (or built by format_html), so the join is safe.
    return mark_safe("".join(parts))
