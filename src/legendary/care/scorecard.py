"""The result of scoring one conversation: what the web app stores and the writers write."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from legendary.care.evidence import Evidence


class Outcome(StrEnum):
    """Whether a behaviour was shown in a conversation. N/A is not a zero."""

    PRESENT = "present"
    ABSENT = "absent"
    NOT_APPLICABLE = "na"


class Quality(StrEnum):
    """The four CARE qualities of a legendary service provider."""

    COMMITTED = "committed"
    ATTENTIVE = "attentive"
    RESPONSIVE = "responsive"
    EMPOWERED = "empowered"


class Sentiment(StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


@dataclass(frozen=True, slots=True)
class BehaviourResult:
    """One behaviour's verdict in one conversation, with the evidence for it."""

    behaviour: str
    quality: str  # a Quality value, or "breaker"
    outcome: Outcome
    evidence: tuple[Evidence, ...] = ()
    breaker: bool = False


@dataclass(frozen=True, slots=True)
class Scorecard:
    """CARE scores for one conversation, each backed by evidence.

    Quality scores and `overall` are 0-100, or None where nothing in that quality applied.
    """

    conversation_id: str
    rubric_version: str
    behaviours: tuple[BehaviourResult, ...]
    committed: float | None
    attentive: float | None
    responsive: float | None
    empowered: float | None
    overall: float | None
    breakers: tuple[str, ...] = ()
    sentiment_start: Sentiment | None = None
    sentiment_end: Sentiment | None = None
    sentiment_change: int = 0  # -2..2: end minus start on negative=-1, neutral=0, positive=1
    flags: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict)

    def outcome(self, behaviour: str) -> Outcome | None:
        """The outcome of one behaviour, or None if the rubric does not score it."""
        return next((b.outcome for b in self.behaviours if b.behaviour == behaviour), None)

    def evidence(self) -> list[Evidence]:
        """All evidence in the scorecard, in turn order."""
        found = [e for b in self.behaviours for e in b.evidence]
        return sorted(found, key=lambda e: (e.turn, e.start))
