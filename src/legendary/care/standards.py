"""The organisation's own "ideal service" standards: words its agents must or must not use.

ICARE starts with *Ideal service*: each organisation defines what its customers should
hear. A `Standard` is one such rule ("thank the customer for their patience", "never say
'no problem'", "close by asking if there is anything else"), checked on agent turns. Each
becomes an extra behaviour in the scorecard with the id `standard:<slug>`:

- an `include` standard is a positive behaviour: present when an agent said one of its
  phrases, and it counts towards its quality with its weight;
- an `avoid` standard is a breaker: present when an agent said one of its phrases, and
  its weight is the number of points taken off its quality (optionally capping the
  overall score too).

`scope` limits where the phrases are looked for: any agent turn, the opening (first
agent turn) or the closing (last agent turn).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, cast

from legendary.care.evidence import Evidence
from legendary.care.model import Conversation
from legendary.care.scorecard import BehaviourResult, Outcome, Quality
from legendary.care.text import normalise, phrase_pattern

Kind = Literal["include", "avoid"]
Scope = Literal["any", "opening", "closing"]
KINDS: tuple[Kind, ...] = ("include", "avoid")
SCOPES: tuple[Scope, ...] = ("any", "opening", "closing")
PREFIX = "standard:"
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")


class RubricError(ValueError):
    """A rubric or one of its standards that cannot be used; the message names the place
    (file, field) and what to do."""


@dataclass(frozen=True, slots=True)
class Standard:
    """One "ideal service" rule of the organisation (see the module docstring).

    `phrases` are literal words matched whole and case-insensitively, or regular
    expressions when they start with "re:".
    """

    slug: str
    description: str
    phrases: tuple[str, ...]
    kind: Kind = "include"
    quality: str = Quality.COMMITTED.value
    weight: float = 1.0
    scope: Scope = "any"
    cap: float | None = None

    def __post_init__(self) -> None:
        where = f"standard {self.slug!r}"
        if not _SLUG.match(self.slug):
            raise RubricError(
                f"{where}: slug must be lower-case letters, digits, '-' or '_' "
                "(e.g. 'greets-by-name')"
            )
        if not self.phrases or not all(p.strip() for p in self.phrases):
            raise RubricError(f"{where}: phrases must list at least one non-empty phrase")
        if self.kind not in KINDS:
            raise RubricError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if self.scope not in SCOPES:
            raise RubricError(f"{where}: scope must be one of {', '.join(SCOPES)}")
        if self.quality not in {q.value for q in Quality}:
            qualities = ", ".join(q.value for q in Quality)
            raise RubricError(f"{where}: quality must be one of {qualities}")
        if self.weight < 0:
            raise RubricError(f"{where}: weight must be 0 or more")
        if self.cap is not None and not 0 <= self.cap <= 100:
            raise RubricError(f"{where}: cap must be between 0 and 100")
        for number, why in invalid_patterns(self.phrases):
            raise RubricError(
                f"{where}: phrase {number} ({self.phrases[number - 1]!r}) is not a valid "
                f"pattern on its own ({why}); fix it, or leave out 're:' to look for the "
                "words as written"
            )
        try:
            _pattern(self.phrases)
        except re.error as exc:
            raise RubricError(f"{where}: a phrase is not a valid pattern ({exc})") from exc

    @property
    def id(self) -> str:
        """The behaviour id of this standard in scorecards: `standard:<slug>`."""
        return PREFIX + self.slug

    @property
    def breaker(self) -> bool:
        """An `avoid` standard breaks service when it is present."""
        return self.kind == "avoid"

    def check(self, conversation: Conversation) -> BehaviourResult:
        """This standard's verdict on `conversation`, with the evidence of every phrase
        found in the agent turns of its scope. N/A when no agent spoke."""
        agent_turns = [i for i, turn in enumerate(conversation.turns) if turn.is_agent]
        if not agent_turns:
            return BehaviourResult(self.id, self.quality, Outcome.NOT_APPLICABLE, (), self.breaker)
        if self.scope == "opening":
            agent_turns = agent_turns[:1]
        elif self.scope == "closing":
            agent_turns = agent_turns[-1:]
        pattern = _pattern(self.phrases)
        found: list[Evidence] = []
        for index in agent_turns:
            text = conversation.turns[index].text
            for m in pattern.finditer(normalise(text)):
                found.append(
                    Evidence(self.id, index, m.start(), m.end(), text[m.start() : m.end()])
                )
        outcome = Outcome.PRESENT if found else Outcome.ABSENT
        return BehaviourResult(self.id, self.quality, outcome, tuple(found), self.breaker)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict; `Standard.from_dict` reads it back."""
        return {
            "slug": self.slug,
            "description": self.description,
            "phrases": list(self.phrases),
            "kind": self.kind,
            "quality": self.quality,
            "weight": self.weight,
            "scope": self.scope,
            "cap": self.cap,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object], where: str = "standard") -> Standard:
        """A standard from its dict form; a missing or ill-typed field raises
        `RubricError` naming `where` and the field."""
        if not isinstance(data, Mapping):
            raise RubricError(f"{where}: expected an object with slug, description, phrases")
        phrases = data.get("phrases")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise RubricError(f"{where}.phrases: expected a list of strings")
        cap = data.get("cap")
        return cls(
            slug=read_text(data, "slug", where),
            description=read_text(data, "description", where, ""),
            phrases=tuple(phrases),
            kind=cast(Kind, read_text(data, "kind", where, "include")),
            quality=read_text(data, "quality", where, Quality.COMMITTED.value),
            weight=read_number(data, "weight", where, 1.0),
            scope=cast(Scope, read_text(data, "scope", where, "any")),
            cap=None if cap is None else read_number(data, "cap", where, 0.0),
        )


def invalid_patterns(phrases: Sequence[str]) -> list[tuple[int, str]]:
    """The "re:" phrases that are no regular expression on their own, as (phrase number
    from 1, what is wrong with it). The phrases are joined into one pattern, so a broken
    one can still compile beside its neighbours ("re:[abc" swallows what follows) and then
    match nothing, or anything; an empty "re:" would match every message."""
    problems: list[tuple[int, str]] = []
    for number, phrase in enumerate(phrases, start=1):
        phrase = phrase.strip()
        if not phrase.startswith("re:"):
            continue
        body = phrase[3:].strip()
        if not body:
            problems.append((number, "nothing follows re:"))
            continue
        try:
            re.compile(body)
        except re.error as exc:
            problems.append((number, exc.msg))
    return problems


def check_standards(
    conversation: Conversation, standards: tuple[Standard, ...]
) -> list[BehaviourResult]:
    """Every standard's verdict on `conversation`, in the order given."""
    return [standard.check(conversation) for standard in standards]


@lru_cache(maxsize=512)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    # Standards are checked on every conversation: compile each phrase list once.
    return phrase_pattern(phrases)


def read_text(data: Mapping[str, object], key: str, where: str, default: str | None = None) -> str:
    """`data[key]` as a string (or `default` when missing); `RubricError` otherwise."""
    value = data.get(key, default)
    if not isinstance(value, str):
        raise RubricError(f"{where}.{key}: expected a string")
    return value


def read_number(
    data: Mapping[str, object], key: str, where: str, default: float | None = None
) -> float:
    """`data[key]` as a float (or `default` when missing); `RubricError` otherwise."""
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RubricError(f"{where}.{key}: expected a number")
    try:
        number = float(value)
    except OverflowError:  # JSON keeps an integer of any length; no float holds 400 digits
        raise RubricError(f"{where}.{key}: too large a number") from None
    # Python's JSON reader accepts NaN and Infinity: no weight or duration can be either.
    if not math.isfinite(number):
        raise RubricError(f"{where}.{key}: expected a finite number, not {value}")
    return number
