"""The detector contract and the behaviour registry.

Two kinds of detector, both named pure functions returning `Evidence`:

- an *utterance* detector reads one agent turn with the customer's previous turn as
  context (`Utterance`); it serves both `detect(text, context)` and whole conversations;
- a *conversation* detector reads the whole `Conversation` (e.g. `answers_all_questions`,
  `responds_promptly`), for behaviours that only make sense across turns.

Each detector module registers its functions with `@utterance_behaviour(...)` or
`@conversation_behaviour(...)`; `registry()` imports every module and returns them all.

Speed: an utterance detector may declare its *triggers*, the lower-case words (as
`text.word_set` lists them, "#" for a word starting with a digit) without one of which it
cannot fire, usually the first words of its anchored patterns. The scoring skips it on a
turn that has none of them: one C-level `isdisjoint` instead of a call. A detector that
cannot tell (it compares the turn with the customer's, or looks for a name) declares none
and always runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from legendary.care.evidence import Evidence
from legendary.care.model import Conversation


@dataclass(frozen=True, slots=True)
class Utterance:
    """One agent turn to judge, with the customer's previous turn as context.

    `turn` is the turn's index in its conversation (0 on the one-utterance path).
    """

    text: str
    context: str = ""
    turn: int = 0
    customer_name: str = ""


UtteranceDetector = Callable[[Utterance], list[Evidence]]
#: Built lazily (lexicons load on first use): the detector's trigger words, or None.
Triggers = Callable[[], frozenset[str] | None]
ConversationDetector = Callable[[Conversation], list[Evidence]]
F = TypeVar("F", bound=Callable[..., list[Evidence]])


@dataclass(frozen=True, slots=True)
class Behaviour:
    """A CARE behaviour (or a breaker) and the function that detects it.

    `quality` is one of committed / attentive / responsive / empowered; breakers also name
    the quality they break. Exactly one of `utterance` / `conversation` is set;
    `triggers` (utterance detectors only) gives the words it needs (see the module doc).
    """

    id: str
    quality: str
    description: str
    breaker: bool
    utterance: UtteranceDetector | None = None
    conversation: ConversationDetector | None = None
    triggers: Triggers | None = None


_REGISTRY: dict[str, Behaviour] = {}


def utterance_behaviour(
    id: str,
    *,
    quality: str,
    description: str,
    breaker: bool = False,
    triggers: Triggers | None = None,
) -> Callable[[F], F]:
    """Register an utterance detector under its public behaviour id.

    `triggers`, when given, returns every word the detector can fire on (None: any turn);
    it must never leave out a word that could lead to evidence, or scoring loses it.
    """

    def wrap(fn: F) -> F:
        _REGISTRY[id] = Behaviour(
            id, quality, description, breaker, utterance=fn, triggers=triggers
        )
        return fn

    return wrap


def conversation_behaviour(
    id: str, *, quality: str, description: str, breaker: bool = False
) -> Callable[[F], F]:
    """Register a conversation detector under its public behaviour id."""

    def wrap(fn: F) -> F:
        _REGISTRY[id] = Behaviour(id, quality, description, breaker, conversation=fn)
        return fn

    return wrap


def registry() -> dict[str, Behaviour]:
    """Every registered behaviour by id (importing the detector modules on first use)."""
    import legendary.care.behaviours  # noqa: F401  (its __init__ imports every module)

    return _REGISTRY


def quote(
    behaviour: str,
    utterance: Utterance,
    start: int,
    end: int,
    confidence: float = 1.0,
    detail: tuple[tuple[str, str], ...] = (),
) -> Evidence:
    """Evidence of `behaviour` quoting `utterance.text[start:end]` on the utterance's turn."""
    return Evidence(
        behaviour, utterance.turn, start, end, utterance.text[start:end], confidence, detail
    )
