"""The detector contract and the behaviour registry.

Two kinds of detector, both named pure functions returning `Evidence`:

- an *utterance* detector reads one agent turn with the customer's previous turn as
  context (`Utterance`); it serves both `detect(text, context)` and whole conversations;
- a *conversation* detector reads the whole `Conversation` (e.g. `answers_all_questions`,
  `responds_promptly`), for behaviours that only make sense across turns.

Each detector module registers its functions with `@utterance_behaviour(...)` or
`@conversation_behaviour(...)`; `registry()` imports every module and returns them all.

Speed: an utterance detector may declare a *gate* (`triggers=`), what a turn must contain
for it to find anything: a match of one of its anchored patterns, one of a few words, a
symbol such as ":)", or a word of the customer's name (see `Gate`). The turn scanner
(`patterns.scan`) finds every anchored pattern of every detector in one pass, and a
`GateTable` turns what it found into the detectors to run with a few look-ups, so scoring
skips a closed detector without a call. Most detectors find nothing in most turns, so
this is where most of the scoring time goes away. A detector that cannot tell (it
compares the turn with the customer's) declares none and always runs.

The rule of gates: a gate may open too often, never too rarely. Every pattern, word or
mark that can lead a detector to evidence on its own (not one that only refines or
spares a match) belongs in its gate; a pattern added to a detector and left out of the
gate makes `score()` silently miss what `detect()` finds. `tests/care/test_gates.py`
enforces it for every gated detector: it runs each WITHOUT its gate over every string
of the care tests (with the customer turns written beside them), the lexicons and demo
threads, and names the detector, the sentence and the patterns the gate lacks wherever
the detector finds evidence its gate would not open for. So a new pattern's own named
example sentences check its gate: write them in a test module under tests/care.

The rule of reads: a detector is handed only what it declares it reads. `detect()` and
`score()` give one that does not declare `reads_context=True` an `Utterance` whose
`context` is empty, and one without `reads_name=True` one whose `customer_name` is empty
(`Behaviour.sees`), so its findings cannot depend on them, and reusing them for another
customer turn or name is never stale. A detector that reads either without declaring it
therefore reads it empty, on both paths alike; `tests/care/test_reads.py` catches such a
read on the corpus of `test_gates.py`, naming the detector, the sentence and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from legendary.care.evidence import Evidence
from legendary.care.model import Conversation
from legendary.care.patterns import AnchoredPattern, scan
from legendary.care.text import word_set, words

T = TypeVar("T")


class LastConversation(Generic[T]):
    """A function of one `Conversation`, remembered for the last conversation it was
    asked of (by identity: a conversation is frozen, and hashing a whole one would cost
    more than the work). Scoring asks such a function several times in a row of the
    same conversation (the rubric, then a detector, then a breaker), so it is worked out
    once. The answer is shared: callers must not mutate it. `cache_clear` forgets it,
    as `scoring.forget` does with the per-text caches."""

    def __init__(self, compute: Callable[[Conversation], T]) -> None:
        self._compute = compute
        self._last: tuple[Conversation, T] | None = None
        self.__doc__ = compute.__doc__
        self.__name__ = compute.__name__
        self.__wrapped__ = compute

    def __call__(self, conversation: Conversation) -> T:
        last = self._last
        if last is not None and last[0] is conversation:
            return last[1]
        answer = self._compute(conversation)
        self._last = (conversation, answer)
        return answer

    def cache_clear(self) -> None:
        """Forget the last conversation and its answer."""
        self._last = None


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
    in the turn, one of `words` is among its words (as `text.word_set` lists them),
    `marks` finds a symbol, or (`name`) a word of the customer's name is among the turn's
    words. A gate must never stay closed on a turn where its detector would find
    evidence: `tests/care/test_gates.py` checks that on every sentence of the care tests,
    the lexicons and demo threads (see the module doc).
    """

    patterns: frozenset[int] = frozenset()
    words: frozenset[str] = frozenset()
    marks: re.Pattern[str] | None = None
    name: bool = False

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
        customer_name: str = "",
    ) -> bool:
        """True when `text` may hold evidence (said to a customer called
        `customer_name`, where known). `matched` (the ids `patterns.scan(text)` found)
        and `said` (`text.word_set(text)`) are looked up when not given. Scoring does
        not call this: `GateTable` decides every gate of a turn at once."""
        matched = scan(text).matched if matched is None else matched
        if not self.patterns.isdisjoint(matched):
            return True
        said = word_set(text) if said is None else said
        return (
            not self.words.isdisjoint(said)
            or (self.marks is not None and self.marks.search(text) is not None)
            or (self.name and not name_words(customer_name).isdisjoint(said))
        )


@lru_cache(maxsize=1024)
def name_words(name: str) -> frozenset[str]:
    """The lower-case words of a customer's name, as `text.word_set` reads words."""
    return frozenset(words(name))


class GateTable(Generic[T]):
    """The gates of a sequence of detectors, folded into look-up tables, so that which
    detectors a turn opens takes a look-up per pattern found in it and one set
    intersection, not a `Gate.opens` call per detector.

    `open(text, named)` returns the items whose gate opens on `text` (None: always), in
    their order; `named` is `name_words` of the customer's name. The same turn always
    opens the same items as `Gate.opens` would.
    """

    __slots__ = (
        "_always",
        "_by_pattern",
        "_by_word",
        "_chosen",
        "_items",
        "_marked",
        "_named",
        "_words",
    )

    def __init__(self, items: Sequence[T], gates: Sequence[Gate | None]) -> None:
        self._items = tuple(items)
        self._always = 0  # bit i: item i opens on every turn
        self._by_pattern: dict[int, int] = {}  # pattern id -> the items it opens, as bits
        self._by_word: dict[str, int] = {}
        self._marked: list[tuple[int, re.Pattern[str]]] = []
        self._named = 0
        for i, gate in enumerate(gates):
            bit = 1 << i
            if gate is None:
                self._always |= bit
                continue
            for pid in gate.patterns:
                self._by_pattern[pid] = self._by_pattern.get(pid, 0) | bit
            for word in gate.words:
                self._by_word[word] = self._by_word.get(word, 0) | bit
            if gate.marks is not None:
                self._marked.append((bit, gate.marks))
            if gate.name:
                self._named |= bit
        self._words = frozenset(self._by_word)
        # The opened items of each combination of bits met so far: few combinations
        # occur, and a turn then costs one dictionary look-up instead of a loop.
        self._chosen: dict[int, tuple[T, ...]] = {}

    def open(self, text: str, named: frozenset[str] = frozenset()) -> tuple[T, ...]:
        """The items whose gate opens on `text` (see the class docstring)."""
        opened = self._always
        by_pattern = self._by_pattern
        for pid in scan(text).matched:
            opened |= by_pattern.get(pid, 0)
        if self._words or self._named:
            said = word_set(text)
            for word in self._words & said:
                opened |= self._by_word[word]
            if named and not named.isdisjoint(said):
                opened |= self._named
        for bit, marks in self._marked:
            if not opened & bit and marks.search(text) is not None:
                opened |= bit
        chosen = self._chosen.get(opened)
        if chosen is None:
            if len(self._chosen) >= 4096:
                self._chosen.clear()  # a bound, never reached by real gates
            chosen = tuple(item for i, item in enumerate(self._items) if opened >> i & 1)
            self._chosen[opened] = chosen
        return chosen


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
    `reads_context` says it reads the customer's previous turn and `reads_name` the
    customer's name: scoring reuses a detector's findings on a text seen before only
    where what it reads is the same (the text; the text and the customer's turn; the
    text, that turn and the name). `reads_targets` (conversation detectors only) says it
    judges reply times: scoring hands it the rubric's targets as keywords `targets` (by
    channel) and `messaging`.
    """

    id: str
    quality: str
    description: str
    breaker: bool
    utterance: UtteranceDetector | None = None
    conversation: ConversationDetector | None = None
    triggers: Triggers | None = None
    reads_context: bool = False
    reads_name: bool = False
    reads_targets: bool = False

    def sees(self, utterance: Utterance) -> Utterance:
        """`utterance` as this (utterance) detector is handed it: the customer's turn and
        name emptied unless it declares it reads them (the rule of reads, module doc)."""
        context = utterance.context if self.reads_context else ""
        name = utterance.customer_name if self.reads_name else ""
        if context == utterance.context and name == utterance.customer_name:
            return utterance
        return Utterance(utterance.text, context, utterance.turn, name)


_REGISTRY: dict[str, Behaviour] = {}


def utterance_behaviour(
    id: str,
    *,
    quality: str,
    description: str,
    breaker: bool = False,
    triggers: Triggers | None = None,
    reads_context: bool = False,
    reads_name: bool = False,
) -> Callable[[F], F]:
    """Register an utterance detector under its public behaviour id.

    `triggers`, when given, returns the detector's `Gate` (None: it runs on every turn);
    a gate must never close on a turn that could lead to evidence, or scoring loses it.
    A detector that reads `Utterance.context` must say so with `reads_context=True`, and
    one that reads `Utterance.customer_name` with `reads_name=True`: findings are reused
    for a text seen before with the same customer turn or name (see `scoring`), and
    `detect()` and scoring hand a detector an utterance without what it does not declare.
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
            reads_name=reads_name,
        )
        return fn

    return wrap


def conversation_behaviour(
    id: str, *, quality: str, description: str, breaker: bool = False, reads_targets: bool = False
) -> Callable[[F], F]:
    """Register a conversation detector under its public behaviour id; one that judges
    reply times against the rubric's targets says so with `reads_targets=True`."""

    def wrap(fn: F) -> F:
        _REGISTRY[id] = Behaviour(
            id, quality, description, breaker, conversation=fn, reads_targets=reads_targets
        )
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
