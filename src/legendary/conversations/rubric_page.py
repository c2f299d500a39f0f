"""The rubric in use as people read it: behaviours by CARE quality, what each is worth, the
organisation's standards and its reply-time targets. The service standards page and
`legendary rubric show` both list these rows, so the screen and the terminal always agree."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from legendary.care.behaviours.base import registry
from legendary.care.rubric import CONDITIONS, BehaviourRule, Rubric, RubricError
from legendary.care.scorecard import Quality
from legendary.care.standards import Standard
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.models import RubricVersion
from legendary.conversations.rubric_editing import (
    TARGET_LABELS,
    reads_in_hours,
    standard_name,
    standard_note,
    weight_of,
)
from legendary.people.models import Organisation

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


#: What a breaker at 0 points does, in a few words (the standards page says it in full).
WATCHED = "watched: flagged, no points off"


def worth(weight: float, breaker: bool) -> str:
    """What a behaviour or standard is worth, in words: "weight 2", "-30 points", or for a
    breaker at 0 `WATCHED`: it is still found, marked and flagged, but costs nothing."""
    if breaker:
        return f"-{weight:g} points" if weight else WATCHED
    return f"weight {weight:g}"


def target_words(seconds: float) -> str:
    """A reply-time target in words: "60 s", "5 min", "1.5 h", "4 h"."""
    if reads_in_hours(seconds):
        return f"{seconds / 3600:g} h"
    if seconds >= 60 and seconds % 30 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"


def target_rows(rubric: Rubric) -> list[tuple[str, str, str]]:
    """(key, label, target in words) for each reply-time target of the rubric, channels
    first, then the chat held as messaging."""
    return [
        (key, TARGET_LABELS.get(key, key), target_words(target.total_seconds()))
        for key, target in rubric.response_targets
    ]


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


def readable_rubric(definition: Mapping[str, object]) -> Rubric | None:
    """The rubric a stored definition holds, or None when it no longer reads (a version
    written by an older engine, or edited by hand): callers fall back rather than fail."""
    try:
        return Rubric.from_dict(definition)
    except (RubricError, TypeError, ValueError):
        return None


def behaviour_texts(rubric: Rubric | None) -> dict[str, tuple[str, str]]:
    """(name, what it means) of every behaviour by id: the engine's detectors as they
    describe themselves, and the organisation's standards named as it wrote them in
    `rubric`, a stored rubric as `readable_rubric` reads it (none when there is no rubric
    or it no longer reads)."""
    texts = {b: (behaviour_label(b), d.description) for b, d in registry().items()}
    if rubric is not None:
        texts.update((s.id, (standard_name(s), standard_note(s))) for s in rubric.standards)
    return texts


def rubric_changes(before: Rubric, after: Rubric) -> list[str]:
    """What changed from `before` to `after`, one sentence each: standards added, removed
    or changed, weights and quality weights changed, rules added or dropped."""
    changes: list[str] = []
    old_standards = {s.slug: s for s in before.standards}
    new_standards = {s.slug: s for s in after.standards}
    for slug, standard in new_standards.items():
        if slug not in old_standards:
            changes.append(f"added the standard “{standard_name(standard)}”")
        elif standard != old_standards[slug]:
            changes.append(f"changed the standard “{standard_name(standard)}”")
    changes.extend(
        f"removed the standard “{standard_name(standard)}”"
        for slug, standard in old_standards.items()
        if slug not in new_standards
    )
    old_rules = {rule.behaviour: rule for rule in before.rules}
    new_rules = {rule.behaviour: rule for rule in after.rules}
    for behaviour, rule in new_rules.items():
        label = behaviour_label(behaviour).lower()
        was = old_rules.get(behaviour)
        if was is None:
            changes.append(f"added {label}")
        elif weight_of(was) != weight_of(rule):
            then, now = worth(weight_of(was), was.breaker), worth(weight_of(rule), rule.breaker)
            changes.append(f"{label}: {then} → {now}")
        elif was != rule:
            changes.append(f"changed when or how {label} counts")
    changes.extend(f"dropped {behaviour_label(b).lower()}" for b in old_rules if b not in new_rules)
    if before.quality_weights != after.quality_weights:
        changes.append("changed how the four qualities weigh in the overall score")
    old_targets = dict(before.response_targets)
    changes.extend(
        f"reply-time target for {TARGET_LABELS.get(key, key).lower()}: "
        f"{target_words(old_targets[key].total_seconds())} → {target_words(target.total_seconds())}"
        for key, target in after.response_targets
        if key in old_targets and old_targets[key] != target
    )
    return changes


def version_history(
    organisation: Organisation, limit: int = 6
) -> list[tuple[RubricVersion, list[str]]]:
    """The organisation's latest rubric versions, newest first, each with what changed
    from the version adopted before it (nothing listed for the first one)."""
    versions = list(
        RubricVersion.objects.filter(organisation=organisation).order_by("-created_at", "-pk")[
            : limit + 1
        ]
    )
    history: list[tuple[RubricVersion, list[str]]] = []
    for index, version in enumerate(versions[:limit]):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        before, after = _parsed(previous), _parsed(version)
        changes = rubric_changes(before, after) if before and after else []
        history.append((version, changes))
    return history


def _parsed(version: RubricVersion | None) -> Rubric | None:
    return None if version is None else readable_rubric(version.definition)


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
