"""The detector contract and the behaviour registry.

Two kinds of detector, both named pure functions returning `Evidence`:

- an *utterance* detector reads one agent turn with the customer's previous turn as
  context (`Utterance`); it serves both `detect(text, context)` and whole conversations;
- a *conversation* detector reads the whole `Conversation` (e.g. `answers_all_questions`,
  `responds_promptly`), for behaviours that only make sense across turns.

Each detector module registers its functions with `@utterance_behaviour(...)` or
`@conversation_behaviour(...)`; `registry()` imports every module and returns them all.

Speed: an utterance detector may declare a *gate* (`triggers=`), what a turn must contain
for it to find anything: a match of one of its anchored patterns, one of a few words, or
a symbol such as ":)" (see `Gate`). The turn scanner (`text.scan`) finds every anchored
pattern of every detector in one pass, so the scoring skips a closed detector with a few
C-level set tests instead of a call. Most detectors find nothing in most turns, so this
is where most of the scoring time goes away. A detector that cannot tell (it compares the
turn with the customer's, or looks for a name) declares none and always runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from legendary.care.evidence import Evidence
from legendary.care.model import Conversation
from legendary.care.patterns import AnchoredPattern, scan
from legendary.care.text import word_set


@dataclass(frozen=True, slots=True)
class Utterance:
    """One agent turn to judge, with the customer's previous turn as context.

    `turn` is the turn's index in its conversation (0 on the one-utterance path).
    """

    text: str
    context: str = ""
    turn: int = 0
    customer_name: str = ""


@dataclass(frozen=True, slots=True)
class Gate:
    """What a turn must contain for a detector to find anything in it.

    The gate opens when one of `patterns` (ids of `patterns.AnchoredPattern`s) matches
    in the turn, one of `words` is among its words (as `text.word_set` lists them), or
    `marks` finds a symbol. A gate must never stay closed on a turn where its detector
    would find evidence: `tests/care/test_triggers.py` checks that on real threads.
    """

    patterns: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()
    marks: re.Pattern[str] | None = None

    @classmethod
    def of(
        cls,
        *patterns: AnchoredPattern,
        words: Iterable[str] = (),
        marks: re.Pattern[str] | None = None,
    ) -> Gate:
        """A gate opened by a match of any of `patterns`, one of `words` or a mark.

        The patterns are scanned eagerly from then on: every agent turn is searched for
        them in the scanner's one pass (see `patterns.scan`)."""
        for pattern in patterns:
            pattern.scan_eagerly()
        return cls(frozenset(p.id for p in patterns), frozenset(words), marks)

    def opens(
        self,
        text: str,
        matched: frozenset[int] | None = None,
        said: frozenset[str] | None = None,
    ) -> bool:
        """True when `text` may hold evidence. `matched` (the ids `patterns.scan(text)`
        found) and `said` (`text.word_set(text)`) are looked up when not given; scoring
        passes them, computed once per turn for all its detectors."""
        matched = scan(text).matched if matched is None else matched
        if not self.patterns.isdisjoint(matched):
            return True
        said = word_set(text) if said is None else said
        return not self.words.isdisjoint(said) or (
            self.marks is not None and self.marks.search(text) is not None
        )


UtteranceDetector = Callable[[Utterance], list[Evidence]]
#: Built lazily (lexicons load on first use): the detector's gate, or None (always runs).
Triggers = Callable[[], Gate | None]
ConversationDetector = Callable[[Conversation], list[Evidence]]
F = TypeVar("F", bound=Callable[..., list[Evidence]])


@dataclass(frozen=True, slots=True)
class Behaviour:
    """A CARE behaviour (or a breaker) and the function that detects it.

    `quality` is one of committed / attentive / responsive / empowered; breakers also name
    the quality they break. Exactly one of `utterance` / `conversation` is set;
    `triggers` (utterance detectors only) gives its `Gate` (see the module doc);
    `reads_context` says it reads more than the turn's own words (the customer's previous
    turn or name), so that its findings on a text cannot be reused on the same text in
    another conversation.
    """

    id: str
    quality: str
    description: str
    breaker: bool
    utterance: UtteranceDetector | None = None
    conversation: ConversationDetector | None = None
    triggers: Triggers | None = None
    reads_context: bool = False


_REGISTRY: dict[str, Behaviour] = {}


def utterance_behaviour(
    id: str,
    *,
    quality: str,
    description: str,
    breaker: bool = False,
    triggers: Triggers | None = None,
    reads_context: bool = False,
) -> Callable[[F], F]:
    """Register an utterance detector under its public behaviour id.

    `triggers`, when given, returns the detector's `Gate` (None: it runs on every turn);
    a gate must never close on a turn that could lead to evidence, or scoring loses it.
    A detector that reads `Utterance.context` or `customer_name` must say so with
    `reads_context=True`: the others' findings are reused for a text seen before (see
    `scoring`).
    """

    def wrap(fn: F) -> F:
        _REGISTRY[id] = Behaviour(
            id,
            quality,
            description,
            breaker,
            utterance=fn,
            triggers=triggers,
            reads_context=reads_context,
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
