"""CARE goals and plans measured from stored scorecards, over the goal's own scope.

A CARE goal is about the organisation, a team (its nested teams included) or one person.
Every figure here comes from `conversations.care_summary.care_summary`: a quality's value is
the average score of the scored conversations in a window, a behaviour's value is its
present-rate among the conversations where it applied (N/A counts neither way), counting
the scope's people's own outcomes. Nothing is averaged twice.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone

from legendary.conversations.care_summary import CareSummary, care_summary
from legendary.conversations.models import Conversation
from legendary.culture.metrics import MetricPoint
from legendary.culture.models import ActionPlan, Goal, MetricKind
from legendary.people.models import Organisation, Person, Team
from legendary.people.selectors import nested_team_ids

CARE_METRICS = frozenset({MetricKind.CARE_QUALITY.value, MetricKind.CARE_BEHAVIOUR.value})
WEEK = datetime.timedelta(days=7)
# A baseline or a check-in reads the four weeks before its date: long enough for a team's
# rate to rest on dozens of conversations, short enough to show a recent change.
WINDOW = datetime.timedelta(days=28)


@dataclass(frozen=True)
class CareScope:
    """Whose conversations a CARE figure counts: the organisation's, a team's or a person's."""

    organisation: Organisation
    team: Team | None = None
    person: Person | None = None

    def people(self) -> QuerySet[Person] | None:
        """The people whose own outcomes count, or None for the whole organisation."""
        if self.person is not None:
            return Person.objects.filter(pk=self.person.pk)
        if self.team is not None:
            return Person.objects.filter(team__in=nested_team_ids(self.team))
        return None

    def describe(self) -> str:
        """Whose conversations, in words: "Chat & E-mail (nested teams included)"."""
        if self.person is not None:
            return self.person.name
        if self.team is not None:
            return f"{self.team.name} (nested teams included)"
        return self.organisation.name


def goal_scope(goal: Goal) -> CareScope:
    """The scope a goal measures: its person, else its team, else its organisation."""
    return CareScope(goal.organisation, team=goal.team, person=goal.person)


def plan_scope(plan: ActionPlan) -> CareScope:
    """The scope a plan's check-in compares: its team, else the whole organisation."""
    return CareScope(plan.organisation, team=plan.team)


def is_care_metric(metric: str) -> bool:
    """True for metrics measured from conversation scorecards (not from surveys)."""
    return metric in CARE_METRICS


def measure(
    scope: CareScope, metric: str, key: str, start: datetime.date, end: datetime.date
) -> MetricPoint | None:
    """The metric over conversations opened from `start` up to (not including) `end`.

    Dated `end - 1 day`; None when no scored conversation in the window counts for it (for
    a behaviour: none where it applied).
    """
    opened = Conversation.objects.filter(
        organisation=scope.organisation,
        opened_at__gte=_midnight(start),
        opened_at__lt=_midnight(end),
    )
    summary = care_summary(opened, scope.people())
    if summary is None:
        return None
    found = _value(summary, metric, key)
    if found is None:
        return None
    value, counted = found
    noun = (
        "scored conversations"
        if metric == MetricKind.CARE_QUALITY
        else "conversations where it applied"
    )
    last = end - datetime.timedelta(days=1)
    return MetricPoint(last, round(value, 1), f"{_day(start)}–{_day(last)}: {counted} {noun}")


def before(scope: CareScope, metric: str, key: str, on: datetime.date) -> MetricPoint | None:
    """The metric over the `WINDOW` before `on`: a goal's baseline, a plan's before/after."""
    return measure(scope, metric, key, on - WINDOW, on)


def weekly(
    scope: CareScope, metric: str, key: str, start: datetime.date, today: datetime.date
) -> list[MetricPoint]:
    """One point per week from `start` to `today` (the current week so far included),
    skipping weeks in which nothing counted."""
    points: list[MetricPoint] = []
    week = start
    while week <= today:
        end = min(week + WEEK, today + datetime.timedelta(days=1))
        point = measure(scope, metric, key, week, end)
        if point is not None:
            points.append(point)
        week += WEEK
    return points


def goal_series(goal: Goal, *, today: datetime.date) -> list[MetricPoint]:
    """A CARE goal's weekly values from its start to today (or its due date, if earlier)."""
    return weekly(
        goal_scope(goal), goal.metric, goal.metric_key, goal.start_on, min(today, goal.due_on)
    )


def _value(summary: CareSummary, metric: str, key: str) -> tuple[float, int] | None:
    """(value, conversations it rests on) of one quality or behaviour in a summary."""
    if metric == MetricKind.CARE_QUALITY:
        score: float | None = getattr(summary, key, None)
        return (float(score), summary.scored) if score is not None else None
    for rate in summary.behaviours:
        if rate.behaviour == key and rate.rate is not None:
            return rate.rate, rate.applicable
    return None


def _day(day: datetime.date) -> str:
    return f"{day.day} {day:%b}"


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))
