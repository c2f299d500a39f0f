"""The CARE engine: customer conversations in, CARE scorecards with evidence out.

Pure Python: this package never imports Django, so it works from a notebook or the CLI.

    from legendary.care import read_conversations, score
    for conversation in read_conversations("chats.jsonl"):
        card = score(conversation)
        print(card.overall, card.breakers, [e.quote for e in card.evidence()])

The public names below are imported on first use, so `import legendary.care` stays cheap
(the CLI and batch workers import only what they need) and one slow or missing module
does not break the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legendary.care.detect import detect
    from legendary.care.evidence import Evidence
    from legendary.care.formats import read_conversations
    from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn
    from legendary.care.redact import redact
    from legendary.care.rubric import DEFAULT, BehaviourRule, Rubric, RubricError
    from legendary.care.scorecard import BehaviourResult, Outcome, Quality, Scorecard, Sentiment
    from legendary.care.scoring import reviewed, score
    from legendary.care.standards import Standard

# public name -> the module that defines it
_EXPORTS: dict[str, str] = {
    "score": "legendary.care.scoring",
    "reviewed": "legendary.care.scoring",
    "detect": "legendary.care.detect",
    "read_conversations": "legendary.care.formats",
    "redact": "legendary.care.redact",
    "Scorecard": "legendary.care.scorecard",
    "BehaviourResult": "legendary.care.scorecard",
    "Outcome": "legendary.care.scorecard",
    "Quality": "legendary.care.scorecard",
    "Sentiment": "legendary.care.scorecard",
    "Evidence": "legendary.care.evidence",
    "Conversation": "legendary.care.model",
    "Turn": "legendary.care.model",
    "Speaker": "legendary.care.model",
    "Role": "legendary.care.model",
    "Channel": "legendary.care.model",
    "Customer": "legendary.care.model",
    "Rubric": "legendary.care.rubric",
    "BehaviourRule": "legendary.care.rubric",
    "RubricError": "legendary.care.rubric",
    "DEFAULT": "legendary.care.rubric",
    "Standard": "legendary.care.standards",
}

__all__ = [
    "DEFAULT",
    "BehaviourResult",
    "BehaviourRule",
    "Channel",
    "Conversation",
    "Customer",
    "Evidence",
    "Outcome",
    "Quality",
    "Role",
    "Rubric",
    "RubricError",
    "Scorecard",
    "Sentiment",
    "Speaker",
    "Standard",
    "Turn",
    "detect",
    "read_conversations",
    "redact",
    "reviewed",
    "score",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'legendary.care' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
