"""The rubric in use as people read it: behaviours by CARE quality, what each is worth, and
the organisation's standards. The service standards page and `legendary rubric show` both
list these rows, so the screen and the terminal always agree."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from legendary.care.behaviours.base import registry
from legendary.care.rubric import CONDITIONS, BehaviourRule, Rubric, RubricError
from legendary.care.scorecard import Quality
from legendary.care.standards import Standard
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.rubric_editing import standard_name, standard_note, weight_of

KIND_LABELS = {"include": "Must say", "avoid": "Must not say"}
SCOPE_LABELS = {
    "any": "anywhere the agent speaks",
    "opening": "in the agent's first message",
    "closing": "in the agent's last message",
}


@dataclass(frozen=True, kw_only=True)
class Scored:
    """What a rule or a standard is worth: its weight, or the points a breaker costs, and
    whether it is critical (caps or fails the overall score)."""

    behaviour: str
    weight: float
    breaker: bool
    critical: str

    @property
    def worth(self) -> str:
        """The weight in words: "weight 2" or, for a breaker, "-30 points"."""
        return worth(self.weight, self.breaker)


@dataclass(frozen=True, kw_only=True)
class BehaviourRow(Scored):
    """One rule of the rubric: what it looks for and when it counts."""

    label: str
    description: str
    applies: str


@dataclass(frozen=True, kw_only=True)
class StandardRow(Scored):
    """One of the organisation's standards, in words."""

    slug: str
    name: str
    note: str
    kind: str
    kind_label: str
    phrases: tuple[str, ...]
    quality: str
    scope: str


def worth(weight: float, breaker: bool) -> str:
    """What a behaviour or standard is worth, in words: "weight 2" or "-30 points"."""
    return f"-{weight:g} points" if breaker else f"weight {weight:g}"


def behaviour_groups(rubric: Rubric) -> list[tuple[str, list[BehaviourRow]]]:
    """The rubric's rules grouped by CARE quality (in CARE order); qualities with no rule
    are left out."""
    known = registry()
    rows = [
        BehaviourRow(
            behaviour=rule.behaviour,
            label=behaviour_label(rule.behaviour),
            description=known[rule.behaviour].description if rule.behaviour in known else "",
            applies=_applies(rule.applies_when),
            weight=weight_of(rule),
            breaker=rule.breaker,
            critical=_critical(rule),
        )
        for rule in rubric.rules
    ]
    by_quality = {rule.behaviour: rule.quality for rule in rubric.rules}
    groups = [
        (quality.value, [row for row in rows if by_quality[row.behaviour] == quality.value])
        for quality in Quality
    ]
    return [(name, group) for name, group in groups if group]


def standard_rows(rubric: Rubric) -> list[StandardRow]:
    """The organisation's standards, in the rubric's order."""
    return [_standard_row(standard) for standard in rubric.standards]


def standard_texts(definition: Mapping[str, object]) -> dict[str, tuple[str, str]]:
    """Name and note of each standard in a stored rubric definition, by behaviour id
    (`standard:<slug>`), so a scorecard can name a standard as its organisation wrote it.
    Empty when the definition cannot be read."""
    try:
        rubric = Rubric.from_dict(definition)
    except RubricError:
        return {}
    return {s.id: (standard_name(s), standard_note(s)) for s in rubric.standards}


def _standard_row(standard: Standard) -> StandardRow:
    return StandardRow(
        slug=standard.slug,
        behaviour=standard.id,
        name=standard_name(standard),
        note=standard_note(standard),
        kind=standard.kind,
        kind_label=KIND_LABELS[standard.kind],
        phrases=standard.phrases,
        quality=standard.quality,
        scope=SCOPE_LABELS[standard.scope],
        weight=standard.weight,
        breaker=standard.breaker,
        critical=f"caps the score at {standard.cap:g}" if standard.cap is not None else "",
    )


def _applies(condition: str) -> str:
    """When a rule counts, in words: "always", or "when <the condition>"."""
    if condition == "always":
        return "always"
    return f"when {CONDITIONS.get(condition, condition)}"


def _critical(rule: BehaviourRule) -> str:
    if rule.fails:
        return "fails the scorecard"
    if rule.cap is not None:
        return f"caps the score at {rule.cap:g}"
    return ""
