"""Write-side operations for visions, goals and action plans (views, API, demo and tests)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from legendary.culture import access, care_metrics, metrics
from legendary.culture.models import (
    ActionPlan,
    ActionStep,
    GapSource,
    Goal,
    GoalMeasurement,
    PersonalVision,
    PlanStatus,
    ServiceVision,
)
from legendary.people.models import Organisation, Person, Team
from legendary.people.permissions import UserLike

MAX_LIST_ENTRY = 120
MAX_HOPE = 500
MAX_STATEMENT = 1000
MAX_STEP = 300
VISION_STEPS = ("strengths", "ways", "hope", "statement")
# How far ahead a goal, a plan and its check-in may be dated. Past these a date is a slip
# of the year (9999-12-31): a goal "on track" for ever, a plan that never asks if it worked.
# A plan gets two years, not one: one agreed in November for the whole of next year is due
# on its last day, some thirteen months ahead.
FURTHEST_GOAL = datetime.timedelta(days=5 * 365 + 1)
FURTHEST_PLAN = datetime.timedelta(days=2 * 365 + 1)
FURTHEST_CHECK_IN = datetime.timedelta(days=183)
# A word of letters (any alphabet), so a statement in any language counts its words.
_WORD = re.compile(r"[^\W\d_]+")


class CultureError(ValueError):
    """Input that cannot be saved; the message names the field and what to do."""


def current_service_vision(organisation: Organisation) -> ServiceVision | None:
    return ServiceVision.objects.filter(organisation=organisation).first()


@transaction.atomic
def publish_service_vision(
    organisation: Organisation,
    *,
    statement: str,
    values: Iterable[tuple[str, str]],
    by: Person | None,
    now: datetime.datetime | None = None,
) -> ServiceVision:
    """Publish a new version of the vision and values (earlier versions stay as history)."""
    statement = statement.strip()
    if not _reads_as_sentence(statement):
        raise CultureError("statement: write the vision as at least one full sentence")
    rows = [(n.strip(), d.strip()) for n, d in values]
    # A description typed without a name was once dropped without a word; it is the
    # leader's text, so the form goes back with it kept and asks for the name.
    unnamed = [str(i) for i, (n, d) in enumerate(rows, 1) if d and not n]
    if unnamed:
        raise CultureError(
            f"values: value {', '.join(unnamed)} has a description but no name; "
            "give it a name, or clear its description"
        )
    cleaned = [{"name": n, "description": d} for n, d in rows if n]
    if not cleaned:
        raise CultureError("values: name at least one service value")
    last = ServiceVision.objects.filter(organisation=organisation).aggregate(v=Max("version"))["v"]
    return ServiceVision.objects.create(
        organisation=organisation,
        version=(last or 0) + 1,
        statement=statement,
        values=cleaned,
        published_by=by,
        published_at=now or timezone.now(),
    )


def _fits(text: str, limit: int, field: str) -> str:
    """`text`, or a CultureError when it is longer than `limit`: cutting someone's words
    short without a word would keep a vision or a step they never wrote."""
    if len(text) > limit:
        raise CultureError(
            f"{field}: keep it to {limit:,} characters or fewer (this one has {len(text):,})"
        )
    return text


def _clean_list(entries: Iterable[str], field: str, minimum: int) -> list[str]:
    items = [_fits(e.strip(), MAX_LIST_ENTRY, field) for e in entries if e.strip()]
    if len(items) < minimum:
        raise CultureError(f"{field}: list at least {minimum} (you listed {len(items)})")
    if len({i.lower() for i in items}) != len(items):
        raise CultureError(f"{field}: each entry should appear once")
    return items


def _top_two(chosen: Iterable[str], listed: list[str], field: str) -> list[str]:
    top = [c.strip() for c in chosen if c.strip()]
    if len(top) != 2:
        raise CultureError(
            f"{field}: choose exactly the two that matter most (you chose {len(top)})"
        )
    missing = [t for t in top if t not in listed]
    if missing:
        raise CultureError(f"{field}: “{missing[0]}” is not in your list")
    return top


def vision_for(person: Person) -> PersonalVision:
    vision, _ = PersonalVision.objects.get_or_create(person=person)
    return vision


def save_strengths(person: Person, strengths: Iterable[str], top: Iterable[str]) -> PersonalVision:
    """Step 1: the qualities the person brings, and the two that matter most."""
    vision = vision_for(person)
    vision.strengths = _clean_list(strengths, "strengths", 3)
    vision.top_strengths = _top_two(top, vision.strengths, "top strengths")
    vision.save()
    return vision


def save_ways(person: Person, ways: Iterable[str], top: Iterable[str]) -> PersonalVision:
    """Step 2: how the person works well with people, and the two that matter most."""
    vision = vision_for(person)
    vision.ways_of_working = _clean_list(ways, "ways of working", 3)
    vision.top_ways = _top_two(top, vision.ways_of_working, "top ways of working")
    vision.save()
    return vision


def save_hope(person: Person, hope: str) -> PersonalVision:
    """Step 3: what the person hopes their customers will feel or gain."""
    hope = hope.strip()
    if len(hope) < 10:
        raise CultureError("hope: finish the sentence with what your customers will feel or gain")
    vision = vision_for(person)
    vision.hope = _fits(hope, MAX_HOPE, "hope")
    vision.save()
    return vision


def draft_statement(vision: PersonalVision) -> str:
    """Step 4's starting text, combining the first three steps into one sentence."""
    strengths = " and ".join(s.lower() for s in vision.top_strengths) or "myself"
    ways = [_as_clause(w) for w in vision.top_ways if w.strip()]
    hope = vision.hope.strip().rstrip(".") or "feel cared for"
    parts = [f"At my best I am {strengths}."]
    if ways:
        parts.append(_sentence(", and ".join(ways)))
    parts.append(f"Through my service, I hope my customers will {hope}.")
    return " ".join(parts)


def _as_clause(text: str) -> str:
    """A way of working as a clause: "I explain things" stays, "Explaining" loses its capital."""
    text = text.strip().rstrip(".")
    return text if text.startswith("I ") else text[0].lower() + text[1:]


def _reads_as_sentence(text: str) -> bool:
    """At least 20 characters and four words: a run of one letter or a pasted tag is
    long enough to pass a length check but says nothing anyone can live by."""
    return len(text) >= 20 and len(_WORD.findall(text)) >= 4


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def save_statement(person: Person, statement: str) -> PersonalVision:
    """Step 4: the person's own words, edited from the draft."""
    vision = vision_for(person)
    if not (vision.top_strengths and vision.top_ways and vision.hope):
        raise CultureError("statement: finish steps 1 to 3 first; the statement builds on them")
    statement = statement.strip()
    if not _reads_as_sentence(statement):
        raise CultureError("statement: write your vision as one or two full sentences")
    vision.statement = _fits(statement, MAX_STATEMENT, "statement")
    vision.save()
    return vision


def next_vision_step(vision: PersonalVision) -> str:
    """The first unfinished step, or "statement" when all are done."""
    if not vision.top_strengths:
        return "strengths"
    if not vision.top_ways:
        return "ways"
    if not vision.hope:
        return "hope"
    return "statement"


def create_goal(
    organisation: Organisation,
    *,
    title: str,
    metric: str,
    metric_key: str,
    target: float,
    due_on: datetime.date,
    owner: Person | None,
    team: Team | None = None,
    person: Person | None = None,
    today: datetime.date,
) -> Goal:
    """A goal, with its baseline taken from the metric's current value.

    A CARE goal's baseline is measured over its own scope (person, team or organisation)
    in the weeks before `today`.
    """
    metrics.validate_metric(organisation, metric, metric_key)
    # A target the metric can never reach (500 on a 0-100 score) is a typo, not a goal.
    metrics.check_value(metric, metric_key, target, "target")
    if due_on <= today:
        raise CultureError(f"due date: {due_on:%-d %b %Y} is not in the future; choose a later day")
    if due_on > today + FURTHEST_GOAL:
        raise CultureError(
            f"due date: {due_on:%-d %b %Y} is more than five years away; choose a day by "
            f"{today + FURTHEST_GOAL:%-d %b %Y}"
        )
    if care_metrics.is_care_metric(metric):
        scope = care_metrics.CareScope(organisation, team=team, person=person)
        current = care_metrics.before(scope, metric, metric_key, today)
    else:
        current = metrics.current_value(organisation, metric, metric_key, today=today, team=team)
    return Goal.objects.create(
        organisation=organisation,
        title=title.strip() or metrics.metric_label(metric, metric_key),
        metric=metric,
        metric_key=metric_key,
        team=team,
        person=person,
        owner=owner,
        baseline=current.value if current else None,
        target=target,
        start_on=today,
        due_on=due_on,
    )


def record_measurement(
    goal: Goal,
    *,
    on: datetime.date,
    value: float,
    source: str = "",
    today: datetime.date | None = None,
) -> GoalMeasurement:
    """Store a value of the goal's metric (replacing one already recorded that day).

    A goal set before anything measured it takes its first measurement as its baseline.
    Raises ValueError for a value outside the metric's range or a day after `today`.
    """
    metrics.check_value(goal.metric, goal.metric_key, value, "value")
    today = today or timezone.localdate()
    if on > today:
        # A figure dated ahead (a typo of the year, 9999-12-31) would stand as the goal's
        # latest value until that day came.
        raise CultureError(
            f"date: {on:%-d %b %Y} has not come yet; record a figure on the day it was "
            "measured, today at the latest"
        )
    measurement, _ = GoalMeasurement.objects.update_or_create(
        goal=goal, measured_on=on, defaults={"value": value, "source": source[:200]}
    )
    if goal.baseline is None:
        goal.baseline = value
        goal.save(update_fields=["baseline"])
    return measurement


MANUAL_SOURCE = "typed in by hand"


def goal_progress(goal: Goal, *, today: datetime.date) -> list[metrics.MetricPoint]:
    """The metric over time for this goal: computed history merged with recorded values.

    A CARE goal is measured week by week from stored scorecards over its scope; values typed
    in by hand count only while its scope has no scored conversation in the goal's period.
    """
    if care_metrics.is_care_metric(goal.metric):
        measured = care_metrics.goal_series(goal, today=today)
        if measured:
            return measured
        return [
            metrics.MetricPoint(
                m.measured_on,
                m.value,
                f"{MANUAL_SOURCE}: {m.source}" if m.source else MANUAL_SOURCE,
                measured=False,
            )
            for m in goal.measurements.all()
        ]
    points = {
        p.on: p
        for p in metrics.history(
            goal.organisation, goal.metric, goal.metric_key, today=today, team=goal.team
        )
    }
    for m in goal.measurements.all():
        points.setdefault(m.measured_on, metrics.MetricPoint(m.measured_on, m.value, m.source))
    return [points[d] for d in sorted(points)]


def goal_rows(
    user: UserLike | None, goals: Iterable[Goal], *, today: datetime.date
) -> list[dict[str, Any]]:
    """Each goal with its latest value and how far it has come, for a table of goals.

    Figures beyond the user's view (`access.can_see_goal_figures`) are left out.
    """
    rows = []
    for goal in goals:
        shown = access.can_see_goal_figures(user, goal)
        progress = goal_progress(goal, today=today) if shown else []
        latest = progress[-1].value if progress else None
        rows.append(
            {
                "goal": goal,
                "shown": shown,
                "metric": metrics.metric_label(goal.metric, goal.metric_key),
                "latest": latest,
                "percent": percent_to_target(goal, latest),
                "overdue": goal.due_on < today,
            }
        )
    return rows


def percent_to_target(goal: Goal, latest: float | None) -> float | None:
    """How far from baseline to target the latest value has come (0-100, can exceed)."""
    if latest is None or goal.baseline is None or goal.target == goal.baseline:
        return None
    return round(100 * (latest - goal.baseline) / (goal.target - goal.baseline), 0)


@transaction.atomic
def create_action_plan(
    organisation: Organisation,
    *,
    title: str,
    source: str,
    source_key: str,
    owner: Person,
    due_on: datetime.date,
    check_in_on: datetime.date,
    metric: str,
    metric_key: str,
    steps: Iterable[str],
    today: datetime.date,
    team: Team | None = None,
    source_note: str = "",
    suggested_action: str = "",
) -> ActionPlan:
    """An action plan with numbered steps; the metric's value today becomes its 'before'."""
    if source not in GapSource.values:
        raise CultureError(
            f"source: {source!r} is unknown; use one of {', '.join(GapSource.values)}"
        )
    if owner.organisation_id != organisation.id:
        raise CultureError("owner: the owner must belong to the organisation")
    metrics.validate_metric(organisation, metric, metric_key)
    if due_on < today:
        raise CultureError(f"due date: {due_on:%-d %b %Y} has passed; choose today or later")
    if check_in_on < today:
        raise CultureError(f"check-in: {check_in_on:%-d %b %Y} has passed; choose today or later")
    if due_on > today + FURTHEST_PLAN:
        raise CultureError(
            f"due date: {due_on:%-d %b %Y} is more than two years away; an action plan is for "
            f"steps within reach, so choose a day by {today + FURTHEST_PLAN:%-d %b %Y}"
        )
    if check_in_on > due_on + FURTHEST_CHECK_IN:
        raise CultureError(
            f"check-in: {check_in_on:%-d %b %Y} is more than six months after the due date, "
            "too late to tell whether these steps worked; choose a day by "
            f"{due_on + FURTHEST_CHECK_IN:%-d %b %Y}"
        )
    step_texts = [_fits(s.strip(), MAX_STEP, "steps") for s in steps if s.strip()]
    if not step_texts:
        raise CultureError("steps: write at least one concrete step")
    if care_metrics.is_care_metric(metric):
        scope = care_metrics.CareScope(organisation, team=team)
        before = care_metrics.before(scope, metric, metric_key, today)
    else:
        before = metrics.current_value(organisation, metric, metric_key, today=today)
    plan = ActionPlan.objects.create(
        organisation=organisation,
        title=title.strip() or "Action plan",
        source=source,
        source_key=source_key,
        source_note=source_note[:300],
        suggested_action=suggested_action,
        owner=owner,
        team=team,
        due_on=due_on,
        check_in_on=check_in_on,
        metric=metric,
        metric_key=metric_key,
        metric_before=before.value if before else None,
    )
    ActionStep.objects.bulk_create(
        ActionStep(plan=plan, position=i, text=t) for i, t in enumerate(step_texts, start=1)
    )
    return plan


def set_plan_status(plan: ActionPlan, status: str) -> ActionPlan:
    if status not in PlanStatus.values:
        raise CultureError(
            f"status: {status!r} is unknown; use one of {', '.join(PlanStatus.values)}"
        )
    plan.status = status
    plan.save(update_fields=["status"])
    return plan


def toggle_step(step: ActionStep) -> ActionStep:
    step.done = not step.done
    step.save(update_fields=["done"])
    plan = step.plan
    if plan.status == PlanStatus.PLANNED and step.done:
        set_plan_status(plan, PlanStatus.IN_PROGRESS)
    return step


def check_in(
    plan: ActionPlan, *, today: datetime.date, now: datetime.datetime | None = None
) -> ActionPlan:
    """Measure the metric again and keep it next to the 'before' value.

    For a CARE metric both values read the same scope (the plan's team, else the
    organisation) over the same length of window, before creation and before the check-in.
    """
    if today < plan.check_in_on:
        raise CultureError(
            f"check-in: planned for {plan.check_in_on:%d %b %Y}; measuring earlier would not "
            "give the actions time to work"
        )
    if care_metrics.is_care_metric(plan.metric):
        scope = care_metrics.plan_scope(plan)
        after = care_metrics.before(scope, plan.metric, plan.metric_key, today)
    else:
        after = metrics.current_value(plan.organisation, plan.metric, plan.metric_key, today=today)
    plan.metric_after = after.value if after else None
    plan.checked_in_at = now or timezone.now()
    plan.save(update_fields=["metric_after", "checked_in_at"])
    return plan
