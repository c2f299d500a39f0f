"""The rubric: how detected behaviours become CARE scores, versioned so stored scores stay
explainable.

A `Rubric` lists, per behaviour id, its CARE quality, its weight, when it applies, and for
breakers the points it costs and whether it is critical (caps the overall score, or fails
it). Applicability matters because N/A is not a zero: acknowledging feelings only counts
where the customer showed feelings, gaining agreement only where a solution was offered.
The organisation's own "ideal service" standards ride along (see `standards.py`), and so
do its reply-time targets: how long a customer may wait for a reply on each channel, and in
a chat held as messaging (`responds_promptly` judges against them).

Every scorecard records `Rubric.version`; the web app stores the rubric JSON under that
version (`Rubric.to_json` / `Rubric.from_json`) so an organisation can customise weights
and standards and still explain any past score.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

from legendary.care.behaviours.responsive import (
    MESSAGING_TARGET,
    RESPONSE_TARGETS,
    response_target,
)
from legendary.care.model import Channel, Conversation
from legendary.care.scorecard import Quality
from legendary.care.standards import RubricError, Standard, read_number, read_text

__all__ = [
    "CONDITIONS",
    "DEFAULT",
    "MESSAGING",
    "BehaviourRule",
    "Facts",
    "Rubric",
    "RubricError",
    "Terms",
]

QUALITIES: tuple[str, ...] = tuple(q.value for q in Quality)

#: The key of the messaging target among a rubric's reply-time targets, next to the
#: channels' own ("chat", "email"...): a chat held as messaging (`is_messaging`).
MESSAGING = "messaging"

#: The key under which a rubric file keeps its reply-time targets, in seconds by key
#: (each channel and `MESSAGING`); a key left out keeps the engine's default.
TARGETS_KEY = "response_targets_seconds"

#: The engine's reply-time targets, by key, in the order a rubric lists them.
DEFAULT_TARGETS: tuple[tuple[str, timedelta], ...] = (
    *((channel.value, target) for channel, target in RESPONSE_TARGETS.items()),
    (MESSAGING, MESSAGING_TARGET),
)


@dataclass(frozen=True, slots=True)
class Facts:
    """What applicability rules need to know about one conversation (computed once by
    `scoring.score`). Each field is also the name of a condition a rule can use."""

    agent_spoke: bool = False
    customer_expressed_feelings: bool = False
    customer_complained: bool = False
    customer_asked_question: bool = False
    solution_offered: bool = False
    has_timestamps: bool = False
    policy_came_up: bool = False
    customer_name_known: bool = False
    future_action_promised: bool = False


#: The applicability conditions a rule may name, with what each means.
CONDITIONS: dict[str, str] = {
    "always": "whenever an agent spoke",
    "customer_expressed_feelings": "the customer expressed a feeling (worry, anger, delight…)",
    "customer_complained": "the customer was unhappy at the start or the end",
    "customer_asked_question": "the customer asked at least one question (one still "
    "waiting on their reply to a question back does not count)",
    "solution_offered": "the agent offered a solution",
    "has_timestamps": "an agent reply and the customer turn before it carry timestamps",
    "policy_came_up": "a policy or rule restricted what the agent could do",
    "customer_name_known": "the customer's name is known",
    "future_action_promised": "the agent promised to do something later, or handed the case on",
}


def applies(condition: str, facts: Facts) -> bool:
    """Whether a rule with `applies_when=condition` applies, given the conversation's facts.

    Nothing applies when no agent spoke: there is no service to judge.
    """
    if not facts.agent_spoke:
        return False
    return condition == "always" or bool(getattr(facts, condition))


@dataclass(frozen=True, slots=True)
class BehaviourRule:
    """How one behaviour counts.

    A positive behaviour adds `weight` to its quality when present and to the quality's
    denominator when applicable. A breaker (`breaker=True`) takes `penalty` points off its
    quality when present; if it is critical it also caps the overall score at `cap`, or
    fails the scorecard (`fails=True`, overall 0).
    """

    behaviour: str
    quality: str
    weight: float = 1.0
    applies_when: str = "always"
    breaker: bool = False
    penalty: float = 0.0
    cap: float | None = None
    fails: bool = False

    def __post_init__(self) -> None:
        where = f"rule {self.behaviour!r}"
        if not self.behaviour or self.behaviour.startswith("standard:"):
            raise RubricError(f"{where}: behaviour must be a detector id (standards go apart)")
        if self.quality not in QUALITIES:
            raise RubricError(f"{where}: quality must be one of {', '.join(QUALITIES)}")
        if self.applies_when not in CONDITIONS:
            raise RubricError(
                f"{where}: applies_when must be one of {', '.join(CONDITIONS)}, "
                f"not {self.applies_when!r}"
            )
        if self.weight < 0 or self.penalty < 0:
            raise RubricError(f"{where}: weight and penalty must be 0 or more")
        if self.cap is not None and not 0 <= self.cap <= 100:
            raise RubricError(f"{where}: cap must be between 0 and 100")
        if (self.cap is not None or self.fails or self.penalty) and not self.breaker:
            raise RubricError(f"{where}: only a breaker can have a penalty, a cap or fail")

    @property
    def critical(self) -> bool:
        """A critical breaker caps or fails the overall score when present."""
        return self.cap is not None or self.fails

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict; `BehaviourRule.from_dict` reads it back."""
        out: dict[str, object] = {
            "behaviour": self.behaviour,
            "quality": self.quality,
            "weight": self.weight,
            "applies_when": self.applies_when,
        }
        if self.breaker:
            out.update(breaker=True, penalty=self.penalty, cap=self.cap, fails=self.fails)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object], where: str = "rule") -> BehaviourRule:
        """A rule from its dict form; bad fields raise `RubricError` naming `where`."""
        if not isinstance(data, Mapping):
            raise RubricError(f"{where}: expected an object with behaviour and quality")
        cap = data.get("cap")
        return cls(
            behaviour=read_text(data, "behaviour", where),
            quality=read_text(data, "quality", where),
            weight=read_number(data, "weight", where, 1.0),
            applies_when=read_text(data, "applies_when", where, "always"),
            breaker=_flag(data, "breaker", where),
            penalty=read_number(data, "penalty", where, 0.0),
            cap=None if cap is None else read_number(data, "cap", where),
            fails=_flag(data, "fails", where),
        )


@dataclass(frozen=True, slots=True)
class Terms:
    """What one scored behaviour (a rule or a standard) is worth: `weight` towards its
    quality when it is positive, `penalty` points off it when it is a breaker, and for a
    critical breaker the overall `cap` or `fails`."""

    weight: float = 0.0
    penalty: float = 0.0
    cap: float | None = None
    fails: bool = False


@dataclass(frozen=True, slots=True)
class Rubric:
    """A versioned set of rules (and standards) turning behaviours into CARE scores.

    `quality_weights` weighs the four qualities in the overall Legendary score (equal by
    default). `response_targets` says how long a customer may wait for a reply, by
    channel value and `MESSAGING` (the engine's `DEFAULT_TARGETS` for any left out; read
    them with `reply_target`). Hashable and picklable, so batch workers receive it once.
    """

    version: str
    rules: tuple[BehaviourRule, ...]
    quality_weights: tuple[tuple[str, float], ...] = tuple((q, 1.0) for q in QUALITIES)
    standards: tuple[Standard, ...] = ()
    name: str = ""
    response_targets: tuple[tuple[str, timedelta], ...] = DEFAULT_TARGETS
    _by_id: dict[str, BehaviourRule] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    _terms: dict[str, Terms] = field(default_factory=dict, init=False, compare=False, repr=False)
    _weights: dict[str, float] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.version.strip():
            raise RubricError("rubric: version must not be empty (e.g. '2026.11-1')")
        ids = [rule.behaviour for rule in self.rules] + [s.id for s in self.standards]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise RubricError(f"rubric {self.version}: listed twice: {', '.join(duplicates)}")
        weights = dict(self.quality_weights)
        if set(weights) != set(QUALITIES) or any(w < 0 for w in weights.values()):
            raise RubricError(
                f"rubric {self.version}: quality_weights needs a weight of 0 or more for "
                f"each of {', '.join(QUALITIES)}"
            )
        self._weights.update(weights)
        # Every key, in the default order: a rubric that names only e-mail equals one that
        # spells out the defaults of the rest (an old stored rubric equals its re-read).
        object.__setattr__(
            self,
            "response_targets",
            _all_targets(self.response_targets, f"rubric {self.version}: {TARGETS_KEY}"),
        )
        self._by_id.update((rule.behaviour, rule) for rule in self.rules)
        for rule in self.rules:
            weight = 0.0 if rule.breaker else rule.weight
            self._terms[rule.behaviour] = Terms(weight, rule.penalty, rule.cap, rule.fails)
        for standard in self.standards:
            self._terms[standard.id] = (
                Terms(penalty=standard.weight, cap=standard.cap)
                if standard.breaker
                else Terms(weight=standard.weight)
            )

    def behaviour_ids(self) -> tuple[str, ...]:
        """Every behaviour id this rubric scores, rules first then standards, in order."""
        return tuple(rule.behaviour for rule in self.rules) + tuple(s.id for s in self.standards)

    def rule(self, behaviour: str) -> BehaviourRule | None:
        """The rule for `behaviour`, or None if the rubric does not score it."""
        return self._by_id.get(behaviour)

    def terms(self, behaviour: str) -> Terms:
        """What `behaviour` (a rule's id or `standard:<slug>`) is worth; nothing for an
        id the rubric does not score."""
        return self._terms.get(behaviour, _NOTHING)

    def quality_weight(self, quality: str) -> float:
        """How much `quality` weighs in the overall score."""
        return self._weights.get(quality, 0.0)

    def channel_targets(self) -> dict[Channel, timedelta]:
        """How long a customer may wait for a reply, by channel."""
        targets = dict(self.response_targets)
        return {channel: targets[channel.value] for channel in Channel}

    @property
    def messaging_target(self) -> timedelta:
        """How long a customer may wait for a reply in a chat held as messaging."""
        return dict(self.response_targets)[MESSAGING]

    def reply_target(self, conversation: Conversation) -> timedelta:
        """How long the customer may wait for each reply in `conversation` under this
        rubric: its channel's target, or the messaging one for a chat held as messaging."""
        return response_target(conversation, self.channel_targets(), self.messaging_target)

    def with_standards(self, standards: Iterable[Standard], version: str) -> Rubric:
        """A copy of this rubric with `standards` added, under a new `version`."""
        return replace(self, version=version, standards=(*self.standards, *standards))

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict; `Rubric.from_dict` reads it back to an equal rubric."""
        return {
            "version": self.version,
            "name": self.name,
            "quality_weights": dict(self.quality_weights),
            "rules": [rule.as_dict() for rule in self.rules],
            "standards": [standard.as_dict() for standard in self.standards],
            TARGETS_KEY: {key: _seconds(target) for key, target in self.response_targets},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object], where: str = "rubric") -> Rubric:
        """A rubric from its dict form. Every problem raises `RubricError` naming the
        place (e.g. `rubric.json: rules[3].weight: expected a number`)."""
        if not isinstance(data, Mapping):
            raise RubricError(f"{where}: expected an object with version and rules")
        rules = data.get("rules")
        if not isinstance(rules, list):
            raise RubricError(f"{where}.rules: expected a list of rules")
        standards = data.get("standards", [])
        if not isinstance(standards, list):
            raise RubricError(f"{where}.standards: expected a list of standards")
        weights = data.get("quality_weights", dict.fromkeys(QUALITIES, 1.0))
        if not isinstance(weights, Mapping):
            raise RubricError(f"{where}.quality_weights: expected an object quality -> weight")
        quality_weights = tuple(
            (q, read_number(weights, q, f"{where}.quality_weights", 1.0)) for q in QUALITIES
        )
        # A rubric stored before organisations set their own targets has none: the defaults.
        targets = data.get(TARGETS_KEY, {})
        if not isinstance(targets, Mapping):
            raise RubricError(f"{where}.{TARGETS_KEY}: expected an object channel -> seconds")
        response_targets = _all_targets(
            ((str(key), _read_seconds(targets, key, f"{where}.{TARGETS_KEY}")) for key in targets),
            f"{where}.{TARGETS_KEY}",
        )
        try:
            return cls(
                version=read_text(data, "version", where),
                name=read_text(data, "name", where, ""),
                rules=tuple(
                    BehaviourRule.from_dict(r, f"{where}.rules[{i}]") for i, r in enumerate(rules)
                ),
                quality_weights=quality_weights,
                standards=tuple(
                    Standard.from_dict(s, f"{where}.standards[{i}]")
                    for i, s in enumerate(standards)
                ),
                response_targets=response_targets,
            )
        except RubricError as exc:
            message = str(exc)
            raise RubricError(
                message if message.startswith(where) else f"{where}: {message}"
            ) from None

    def to_json(self) -> str:
        """The rubric as indented JSON (what the web app stores per version)."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, where: str = "rubric") -> Rubric:
        """A rubric from JSON text; bad JSON or fields raise `RubricError` naming `where`."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RubricError(
                f"{where}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
            ) from None
        return cls.from_dict(data, where)

    @classmethod
    def load(cls, path: Path) -> Rubric:
        """A rubric from a JSON file; errors name the file."""
        return cls.from_json(path.read_text(encoding="utf-8"), where=str(path))


_NOTHING = Terms()


#: The longest reply-time target a rubric may set, from a file as from the Standards page:
#: past a week "prompt" tells a customer nothing, and a slip of the unit (days typed as
#: hours) is the likelier story.
LONGEST_TARGET = timedelta(days=7)


def _all_targets(
    targets: Iterable[tuple[str, timedelta]], where: str
) -> tuple[tuple[str, timedelta], ...]:
    """`targets` over the defaults, every key in the default order; `RubricError` naming
    the key (after `where`) for one that is not a channel nor `MESSAGING`, or a target of
    no time."""
    given = dict(targets)
    unknown = sorted(set(given) - {key for key, _ in DEFAULT_TARGETS})
    if unknown:
        keys = ", ".join(key for key, _ in DEFAULT_TARGETS)
        raise RubricError(f"{where}.{unknown[0]}: not a channel; the keys are {keys}")
    for key, target in given.items():
        if target <= timedelta(0):
            raise RubricError(f"{where}.{key}: a target must be more than 0 seconds")
        if target > LONGEST_TARGET:
            raise RubricError(f"{where}.{key}: a target can be at most {LONGEST_TARGET.days} days")
    return tuple((key, given.get(key, target)) for key, target in DEFAULT_TARGETS)


def _read_seconds(data: Mapping[str, object], key: str, where: str) -> timedelta:
    """`data[key]`, a number of seconds, as a duration; `RubricError` naming the key when it
    is not a number or beyond any duration (a year of seconds written as 1e20)."""
    try:
        return timedelta(seconds=read_number(data, key, where))
    except OverflowError:
        raise RubricError(f"{where}.{key}: too long to be a reply-time target") from None


def _seconds(target: timedelta) -> int | float:
    """A target in seconds as a rubric file keeps it: whole seconds as an integer."""
    seconds = target.total_seconds()
    return int(seconds) if seconds.is_integer() else seconds


def _flag(data: Mapping[str, object], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise RubricError(f"{where}.{key}: expected true or false")
    return value


def _positive(
    behaviour: str, quality: Quality, weight: float, when: str = "always"
) -> BehaviourRule:
    return BehaviourRule(behaviour, quality.value, weight, when)


def _breaker(
    behaviour: str,
    quality: Quality,
    penalty: float,
    *,
    when: str = "always",
    cap: float | None = None,
) -> BehaviourRule:
    return BehaviourRule(behaviour, quality.value, 0.0, when, True, penalty, cap)


_C, _A, _R, _E = Quality.COMMITTED, Quality.ATTENTIVE, Quality.RESPONSIVE, Quality.EMPOWERED

#: The rubric `score()` uses unless told otherwise. Weights favour what customers feel
#: most (owning the problem, answering them, acknowledging feelings, solving it); rude
#: language is critical and caps the overall score at 40, blaming the customer at 60.
DEFAULT = Rubric(
    version="2026.11-1",
    name="Legendary default",
    rules=(
        _positive("takes_ownership", _C, 2.0),
        _positive("makes_commitment", _C, 1.5, "future_action_promised"),
        _breaker("deflects", _C, 30.0),
        _breaker("blames_customer", _C, 30.0, cap=60.0),
        _positive("asks_open_question", _A, 1.0),
        _positive("paraphrases", _A, 1.5),
        _positive("acknowledges_need", _A, 1.0),
        _positive("answers_all_questions", _A, 2.0, "customer_asked_question"),
        _positive("uses_customer_name", _A, 0.5, "customer_name_known"),
        _breaker("ignores_question", _A, 20.0, when="customer_asked_question"),
        _positive("acknowledges_feelings", _R, 2.0, "customer_expressed_feelings"),
        _positive("apologises", _R, 1.0, "customer_complained"),
        _positive("offers_solution", _R, 2.0),
        _positive("gains_agreement", _R, 1.0, "solution_offered"),
        _positive("expresses_appreciation", _R, 1.0),
        _positive("responds_promptly", _R, 1.0, "has_timestamps"),
        _breaker("minimises_feelings", _R, 30.0),
        _breaker("non_apology", _R, 20.0),
        _breaker("rude_language", _R, 50.0, cap=40.0),
        _positive("resolves_without_handoff", _E, 2.0),
        _positive("explains_policy_with_alternative", _E, 1.5, "policy_came_up"),
        _breaker("blames_policy", _E, 30.0),
        _breaker("transfers_without_ownership", _E, 25.0),
    ),
)
