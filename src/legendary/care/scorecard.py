"""The result of scoring one conversation: what the web app stores and the writers write."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

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

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict; `BehaviourResult.from_dict` reads it back."""
        return {
            "behaviour": self.behaviour,
            "quality": self.quality,
            "outcome": self.outcome.value,
            "breaker": self.breaker,
            "evidence": [e.as_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BehaviourResult:
        """The result `as_dict` produced."""
        return cls(
            behaviour=str(data["behaviour"]),
            quality=str(data["quality"]),
            outcome=Outcome(data["outcome"]),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", ())),
            breaker=bool(data.get("breaker", False)),
        )


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

    def as_dict(self) -> dict[str, object]:
        """The whole scorecard as a JSON-ready dict (the JSONL writer, the API and the web
        app store this); `Scorecard.from_dict` reads it back to an equal scorecard."""
        return {
            "conversation_id": self.conversation_id,
            "rubric_version": self.rubric_version,
            "overall": self.overall,
            "committed": self.committed,
            "attentive": self.attentive,
            "responsive": self.responsive,
            "empowered": self.empowered,
            "breakers": list(self.breakers),
            "sentiment_start": None if self.sentiment_start is None else self.sentiment_start.value,
            "sentiment_end": None if self.sentiment_end is None else self.sentiment_end.value,
            "sentiment_change": self.sentiment_change,
            "flags": list(self.flags),
            "agents": list(self.agents),
            "behaviours": [b.as_dict() for b in self.behaviours],
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scorecard:
        """A scorecard from `as_dict` output (e.g. a stored JSON document).

        Raises ValueError naming the field that is missing or malformed.
        """
        try:
            return cls(
                conversation_id=str(data["conversation_id"]),
                rubric_version=str(data["rubric_version"]),
                behaviours=tuple(BehaviourResult.from_dict(b) for b in data["behaviours"]),
                committed=_optional_score(data.get("committed")),
                attentive=_optional_score(data.get("attentive")),
                responsive=_optional_score(data.get("responsive")),
                empowered=_optional_score(data.get("empowered")),
                overall=_optional_score(data.get("overall")),
                breakers=tuple(data.get("breakers", ())),
                sentiment_start=_optional_sentiment(data.get("sentiment_start")),
                sentiment_end=_optional_sentiment(data.get("sentiment_end")),
                sentiment_change=int(data.get("sentiment_change", 0)),
                flags=tuple(data.get("flags", ())),
                agents=tuple(data.get("agents", ())),
                extra=dict(data.get("extra") or {}),
            )
        except KeyError as exc:
            raise ValueError(f"scorecard: missing field {exc.args[0]!r}") from None
        except (TypeError, ValueError) as exc:
            where = data.get("conversation_id", "?") if isinstance(data, Mapping) else "?"
            raise ValueError(f"scorecard {where}: malformed field ({exc})") from None


def _optional_score(value: Any) -> float | None:
    return None if value is None else float(value)


def _optional_sentiment(value: Any) -> Sentiment | None:
    return None if value is None else Sentiment(value)
