"""Changing the organisation's rubric: service standards, behaviour weights and reply-time
targets.

Every change makes a NEW rubric version (`<date>-<n>`, e.g. `2026-11-22-1`) adopted through
`scoring.adopt_rubric`; a stored version is never edited, so every existing scorecard can
still be explained by the rules that produced it. Scorecards keep their old version until
the organisation's conversations are scored again (`queue_rescore`, or
`legendary rescore --all`).

A standard's `description` carries its name on the first line and, after it, the coach's
note on why it matters (`standard_name`, `standard_note`); the engine only reads the
phrases, so the convention stays inside the platform.

The views, the tests and anything else that changes a rubric call these functions; each
raises `RubricChangeError` naming the field to fix, and stores nothing when it does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from legendary.care.rubric import (
    LONGEST_TARGET,
    MESSAGING,
    BehaviourRule,
    Rubric,
    RubricError,
)
from legendary.care.standards import Kind, Scope, Standard, invalid_patterns
from legendary.conversations.models import Channel, Conversation, RubricVersion, Scorecard
from legendary.conversations.scoring import adopt_rubric, rubric_in_use
from legendary.conversations.tasks import rescore_organisation
from legendary.people.models import Organisation


@dataclass(frozen=True)
class WeightRange:
    """The values a weight may take, and what it means to the person setting it."""

    low: float
    high: float
    unit: str

    def problem(self, value: float, field: str) -> RubricChangeError | None:
        """The error on `field` when `value` lies outside the range, else None."""
        if self.low <= value <= self.high:
            return None
        return RubricChangeError(
            field, f"Choose {self.unit} between {self.low:g} and {self.high:g}."
        )


# A positive behaviour weighs 0 to 5 against the others of its quality (the default rubric
# uses 0.5 to 2); 0 keeps it on scorecards without counting it. A breaker takes 0 to 80
# points off its quality: beyond that one slip would erase everything else that went well.
WEIGHT = WeightRange(0.0, 5.0, "a weight")
POINTS = WeightRange(0.0, 80.0, "the points taken off")
NAME_LENGTH = 80
#: The shortest reply-time target the page takes: replies are timed to the second.
SHORTEST_TARGET = dt.timedelta(seconds=1)

#: The reply-time targets a person sets, by the rubric's key, as the page names them.
TARGET_LABELS: dict[str, str] = {
    **{channel.value: str(channel.label) for channel in Channel},
    MESSAGING: "Chat held as messaging",
}


#: What each reply-time target times, in the words of the pages that show the targets. A
#: wait runs from the customer's first turn still waiting for an answer to the agent's next
#: turn, where both carry a time (`care.behaviours.responsive.reply_delays`).
TARGET_NOTES: dict[str, str] = {
    Channel.CHAT.value: "From the customer's message to the agent's answer in a live chat.",
    Channel.EMAIL.value: "From the customer's e-mail to the team's answer.",
    Channel.PHONE.value: (
        "A pause on a call: from the caller's words to the agent's next, a hold included. "
        "A call transcript file carries no times (the call itself is the reply), so its "
        "calls are never timed; only phone conversations whose turns carry a time are."
    ),
    Channel.SOCIAL.value: "From the customer's post or message to the team's answer.",
    Channel.IN_PERSON.value: (
        "A pause at the counter: from the customer's words to the agent's next."
    ),
    MESSAGING: "A chat the customer leaves and comes back to hours later.",
}


def reads_in_hours(seconds: float) -> bool:
    """Whether a reply-time target is shown and edited in hours (whole quarter hours from
    one hour up), else in minutes: the page's words and the form's unit agree."""
    return seconds >= 3600 and seconds % 900 == 0


class RubricChangeError(ValueError):
    """A change that cannot be saved; `field` names the form field to fix ("" for the form
    as a whole)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class StandardDraft:
    """A standard as a person writes it: a name, must say / must not say, the phrases,
    its weight (points taken off for a "must not say"), the quality it shows and where in
    the conversation to listen, plus an optional note on why it matters."""

    name: str
    kind: Kind
    phrases: tuple[str, ...]
    weight: float
    quality: str
    scope: Scope = "any"
    note: str = ""


def standard_name(standard: Standard) -> str:
    """The name people gave the standard (the first line of its description), or its slug
    made readable when the description is empty."""
    first = standard.description.split("\n", 1)[0].strip()
    return first or standard.slug.replace("-", " ").replace("_", " ").capitalize()


def standard_note(standard: Standard) -> str:
    """The coach's note on why the standard matters (its description after the first line)."""
    parts = standard.description.split("\n", 1)
    return parts[1].strip() if len(parts) == 2 else ""


def weight_of(rule: BehaviourRule) -> float:
    """What a person adjusts on a rule: its weight, or for a breaker the points it costs."""
    return rule.penalty if rule.breaker else rule.weight


def next_version(organisation: Organisation, on: dt.date | None = None) -> str:
    """The next free version name for the organisation: `<date>-<n>`, counting from 1 on
    each day (`2026-11-22-1`, `2026-11-22-2`...)."""
    day = (on or timezone.localdate()).isoformat()
    taken = RubricVersion.objects.filter(
        organisation=organisation, version__startswith=f"{day}-"
    ).values_list("version", flat=True)
    numbers = [int(v[len(day) + 1 :]) for v in taken if v[len(day) + 1 :].isdigit()]
    return f"{day}-{max(numbers, default=0) + 1}"


def save_standard(
    organisation: Organisation,
    draft: StandardDraft,
    *,
    replacing: str | None = None,
    based_on: str | None = None,
) -> RubricVersion:
    """Add the standard `draft` (or put it in place of the standard with slug `replacing`)
    and adopt the result as a new rubric version, which it returns.

    `based_on` is the version the person was looking at; if someone adopted another one
    meanwhile nothing is saved (their change would silently undo the other). Raises
    `RubricChangeError` naming the field: a name already taken, no phrases, a weight out of
    range, a phrase that is not a valid pattern.
    """
    with transaction.atomic():
        current = _current(organisation, based_on)
        before = next((s for s in current.standards if s.slug == replacing), None)
        if replacing is not None and before is None:
            raise RubricChangeError("", f"There is no standard {replacing!r} to change any more.")
        # An edited standard keeps its slug, so its `standard:<slug>` id (and the history
        # of it on scorecards) survives a renaming; a cap set in a rubric file has no
        # field on the page, so it is kept too.
        standard = _standard_from(
            draft,
            slug=replacing,
            cap=before.cap if before and draft.kind == "avoid" else None,
        )
        others = [s for s in current.standards if s.slug != replacing]
        taken = {s.slug for s in others} | {slugify(standard_name(s)) for s in others}
        if slugify(standard_name(standard)) in taken or standard.slug in taken:
            raise RubricChangeError(
                "name", "Another standard already has this name; choose a different one."
            )
        if replacing is None:
            standards = (*current.standards, standard)
        else:
            standards = tuple(standard if s.slug == replacing else s for s in current.standards)
        return _adopt(organisation, current, standards=standards)


def remove_standard(
    organisation: Organisation, slug: str, *, based_on: str | None = None
) -> RubricVersion:
    """Adopt a new rubric version without the standard `slug`; returns that version."""
    with transaction.atomic():
        current = _current(organisation, based_on)
        kept = tuple(s for s in current.standards if s.slug != slug)
        if len(kept) == len(current.standards):
            raise RubricChangeError("", f"There is no standard {slug!r} to remove.")
        return _adopt(organisation, current, standards=kept)


def set_weights(
    organisation: Organisation, weights: Mapping[str, float], *, based_on: str | None = None
) -> RubricVersion | None:
    """Adopt a new version with these behaviour weights (points for breakers), by
    behaviour id. Returns None, adopting nothing, when no weight changes."""
    with transaction.atomic():
        current = _current(organisation, based_on)
        unknown = sorted(set(weights) - {rule.behaviour for rule in current.rules})
        if unknown:
            raise RubricChangeError("", f"The rubric has no behaviour {', '.join(unknown)}.")
        problems = weight_problems(current, weights)
        if problems:
            raise problems[0]
        rules: list[BehaviourRule] = []
        for rule in current.rules:
            value = weights.get(rule.behaviour, weight_of(rule))
            changed = replace(rule, penalty=value) if rule.breaker else replace(rule, weight=value)
            rules.append(changed)
        if tuple(rules) == current.rules:
            return None
        return _adopt(organisation, current, rules=tuple(rules))


def weight_problems(rubric: Rubric, weights: Mapping[str, float]) -> list[RubricChangeError]:
    """The error on each behaviour of `rubric` whose weight (points, for a breaker) in
    `weights` changes to a value out of its range, in the rubric's order. Only what changes
    must be in range: a rubric file may go beyond it, and saving the page again keeps it."""
    problems: list[RubricChangeError] = []
    for rule in rubric.rules:
        value = weights.get(rule.behaviour, weight_of(rule))
        if value != weight_of(rule):
            problem = (POINTS if rule.breaker else WEIGHT).problem(value, rule.behaviour)
            problems.extend([problem] if problem else [])
    return problems


def target_problem(key: str, seconds: float) -> RubricChangeError | None:
    """The error on the target `key` when `seconds` is not at least a second and at most
    `LONGEST_TARGET`, naming the target in the message; else None."""
    # Not merely above 0: a target of a millionth of a second becomes a zero timedelta,
    # which the rubric refuses (a 500 on the page), and replies are timed to the second.
    if SHORTEST_TARGET.total_seconds() <= seconds <= LONGEST_TARGET.total_seconds():
        return None
    return RubricChangeError(
        key,
        f"{TARGET_LABELS.get(key, key)}: choose a reply-time target above 0 (a second at "
        f"least) and no more than {LONGEST_TARGET.days} days.",
    )


def set_response_targets(
    organisation: Organisation, seconds: Mapping[str, float], *, based_on: str | None = None
) -> RubricVersion | None:
    """Adopt a new version with these reply-time targets (in seconds, by channel value or
    `MESSAGING`; those left out stay as they are). Returns None, adopting nothing, when no
    target changes; raises `RubricChangeError` naming the target out of range."""
    with transaction.atomic():
        current = _current(organisation, based_on)
        unknown = sorted(set(seconds) - set(TARGET_LABELS))
        if unknown:
            raise RubricChangeError(
                "", f"The rubric has no reply-time target {', '.join(unknown)}."
            )
        targets = dict(current.response_targets)
        for key, value in seconds.items():
            if value != targets[key].total_seconds():
                error = target_problem(key, value)
                if error is not None:
                    raise error
                targets[key] = dt.timedelta(seconds=value)
        if tuple(targets.items()) == current.response_targets:
            return None
        return _adopt(organisation, current, response_targets=tuple(targets.items()))


@dataclass(frozen=True)
class RescoreState:
    """How far the organisation's scorecards lag behind the rubric in use."""

    conversations: int
    on_older_versions: int
    unscored: int
    # "queued" or "running" while a background rescore of the organisation is under way.
    rescore: str = ""

    @property
    def up_to_date(self) -> bool:
        """True when every conversation is scored with the rubric in use."""
        return not self.on_older_versions and not self.unscored


def rescore_state(organisation: Organisation, in_use: RubricVersion) -> RescoreState:
    """How many of the organisation's conversations were scored with another version, or
    not at all yet, and whether a background rescore is queued or running."""
    conversations = Conversation.objects.filter(organisation=organisation)
    older = Scorecard.objects.filter(conversation__organisation=organisation).exclude(rubric=in_use)
    under_way = (
        DBTaskResult.objects.filter(
            task_path=rescore_organisation.module_path,
            status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING],
            args_kwargs__args=[organisation.pk],
        )
        .values_list("status", flat=True)
        .distinct()
    )
    statuses = set(under_way)
    rescore = "running" if TaskResultStatus.RUNNING in statuses else "queued" if statuses else ""
    return RescoreState(
        conversations=conversations.count(),
        on_older_versions=older.count(),
        unscored=conversations.filter(scorecard__isnull=True).count(),
        rescore=rescore,
    )


def queue_rescore(organisation: Organisation) -> None:
    """Queue a background task that scores every conversation of the organisation again
    with the rubric in use. Queued when the surrounding transaction commits; scoring
    replaces, so queuing twice costs time, not correctness."""
    organisation_id = organisation.pk
    transaction.on_commit(lambda: rescore_organisation.enqueue(organisation_id))


def _current(organisation: Organisation, based_on: str | None) -> Rubric:
    stored, rubric = rubric_in_use(organisation)
    if based_on is not None and based_on != stored.version:
        raise RubricChangeError(
            "",
            f"Someone adopted version {stored.version} while you were looking at "
            f"{based_on}, so nothing was saved. Look at the standards again and redo "
            "your change if it is still needed.",
        )
    return rubric


def draft_problems(draft: StandardDraft) -> list[RubricChangeError]:
    """Every problem of `draft` seen without looking at the rubric (its name, phrases and
    weight), so that a form can show them all at once. Empty when there is none."""
    problems: list[RubricChangeError] = []
    name = _clean_name(draft.name)
    if not name:
        problems.append(RubricChangeError("name", "Give the standard a short name."))
    elif len(name) > NAME_LENGTH:
        problems.append(RubricChangeError("name", f"Keep the name under {NAME_LENGTH} characters."))
    elif not slugify(name):
        problems.append(RubricChangeError("name", "Use some letters or digits in the name."))
    if not _clean_phrases(draft.phrases):
        problems.append(RubricChangeError("phrases", "Add at least one phrase, one per line."))
    problems.extend(_pattern_problems(draft.phrases))
    out_of_range = (POINTS if draft.kind == "avoid" else WEIGHT).problem(draft.weight, "weight")
    if out_of_range is not None:
        problems.append(out_of_range)
    return problems


def _pattern_problems(phrases: tuple[str, ...]) -> list[RubricChangeError]:
    """Each "re:" line must be a whole regular expression on its own (see
    `care.standards.invalid_patterns`)."""
    return [
        RubricChangeError(
            "phrases",
            f"Line {line}, “{phrases[line - 1].strip()}”, is not a valid pattern ({why}). "
            "Fix it, or leave out re: to look for the words as written.",
        )
        for line, why in invalid_patterns(phrases)
    ]


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def _clean_phrases(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases without blank lines, surrounding spaces or repeats, in their order."""
    return tuple(dict.fromkeys(p.strip() for p in phrases if p.strip()))


def _standard_from(
    draft: StandardDraft, *, slug: str | None = None, cap: float | None = None
) -> Standard:
    problems = draft_problems(draft)
    if problems:
        raise problems[0]
    name = _clean_name(draft.name)
    slug = slug or slugify(name)
    phrases = _clean_phrases(draft.phrases)
    note = draft.note.strip()
    try:
        return Standard(
            slug=slug,
            description=f"{name}\n{note}" if note else name,
            phrases=phrases,
            kind=draft.kind,
            quality=draft.quality,
            weight=draft.weight,
            scope=draft.scope,
            cap=cap,
        )
    except RubricError as exc:
        # The engine's checks not repeated above: a "re:" phrase that is not a valid
        # pattern, an unknown quality or scope.
        field = "phrases" if "phrase" in str(exc) else ""
        raise RubricChangeError(field, str(exc)) from exc


def _adopt(
    organisation: Organisation,
    current: Rubric,
    *,
    rules: tuple[BehaviourRule, ...] | None = None,
    standards: tuple[Standard, ...] | None = None,
    response_targets: tuple[tuple[str, dt.timedelta], ...] | None = None,
) -> RubricVersion:
    changed = replace(
        current,
        version=next_version(organisation),
        rules=current.rules if rules is None else rules,
        standards=current.standards if standards is None else standards,
        response_targets=current.response_targets if response_targets is None else response_targets,
    )
    try:
        # A savepoint: two people saving at the same moment both pick the same next
        # version name; the second is told, not shown an error page.
        with transaction.atomic():
            return adopt_rubric(organisation, changed)
    except (RubricError, IntegrityError) as exc:
        raise RubricChangeError(
            "",
            "Someone saved a change at the same moment, so yours was not saved. Look at "
            "the standards again and redo it if it is still needed.",
        ) from exc
