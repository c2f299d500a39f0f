"""Evidence: the exact words in a conversation that show (or break) a CARE behaviour."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: The `detail` key of timing evidence: how long the customer waited for the reply.
WAIT_SECONDS = "wait_seconds"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One observation of a behaviour.

    `turn` is the index of the turn in its conversation (0 on the one-utterance path),
    `start`/`end` are character offsets into that turn's text and `quote` is
    `text[start:end]`. `confidence` is between 0 and 1. `detail` carries extra structured
    facts a detector found, e.g. what was promised and by when for `makes_commitment`.
    """

    behaviour: str
    turn: int
    start: int
    end: int
    quote: str
    confidence: float = 1.0
    detail: tuple[tuple[str, str], ...] = ()

    @property
    def is_timing(self) -> bool:
        """Evidence of when a reply came (`responds_promptly`), not of its words: its quote
        only points at the reply, so a transcript should not mark it as the words that
        earned the behaviour."""
        return any(key == WAIT_SECONDS for key, _ in self.detail)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (used by the JSONL writer, the API and stored scorecards)."""
        out: dict[str, object] = {
            "behaviour": self.behaviour,
            "turn": self.turn,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "confidence": round(self.confidence, 3),
        }
        if self.detail:
            out["detail"] = dict(self.detail)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        """The evidence `as_dict` produced (a KeyError/TypeError names a missing field)."""
        detail = data.get("detail") or {}
        return cls(
            behaviour=str(data["behaviour"]),
            turn=int(data["turn"]),
            start=int(data["start"]),
            end=int(data["end"]),
            quote=str(data["quote"]),
            confidence=float(data.get("confidence", 1.0)),
            detail=tuple((str(k), str(v)) for k, v in detail.items()),
        )
