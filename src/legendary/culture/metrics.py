"""The current value and the history of every metric a goal or action plan can track.

ICARE, internal NPS and manager pulse values come from closed campaigns through the
assessments app's suppressed results, so a goal can never reveal a hidden group. CARE
values come from the stored scorecards of conversations (see `care_metrics`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from legendary.assessments.icare import Element
from legendary.assessments.internal import manager_pulse_results, team_matrix_results
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.results import icare_results
from legendary.culture.models import MetricKind
from legendary.people.models import Organisation, Person, Team

CARE_QUALITIES = ("overall", "committed", "attentive", "responsive", "empowered")


@dataclass(frozen=True)
class MetricPoint:
    """One value of a metric on one day, and where it came from."""

    on: datetime.date
    value: float
    source: str
    # False for a value typed in by hand (a CARE goal whose scope has no stored scorecards).
    measured: bool = True


def metric_label(metric: str, key: str) -> str:
    """A human name for a metric, e.g. "Empowerment (ICARE)" or "Internal NPS of Billing"."""
    if metric in (MetricKind.ICARE_ELEMENT, MetricKind.ICARE_ELEMENT.value):
        return f"{Element(key).label} (ICARE score)"
    if metric == MetricKind.INTERNAL_NPS:
        team = Team.objects.filter(pk=_int(key)).first()
        return f"Internal NPS of {team.name if team else 'a team'}"
    if metric == MetricKind.MANAGER_PULSE:
        person = Person.objects.filter(pk=_int(key)).first()
        return f"Manager pulse of {person.name if person else 'a manager'}"
    if metric == MetricKind.CARE_QUALITY:
        return f"CARE {key} score"
    return f"CARE behaviour: {key.replace('_', ' ')} (% of conversations)"


def metric_axis(metric: str) -> str:
    """What a goal chart's vertical axis counts, with its range, in a few words."""
    if metric == MetricKind.INTERNAL_NPS:
        return "internal NPS, \u2212100 to 100"  # the true minus, as the pages write it
    if metric == MetricKind.CARE_BEHAVIOUR:
        return "% of conversations"
    if metric == MetricKind.MANAGER_PULSE:
        return "pulse score, 0 to 100"
    if metric == MetricKind.CARE_QUALITY:
        return "CARE score, 0 to 100"
    return "ICARE score, 0 to 100"


def validate_metric(organisation: Organisation, metric: str, key: str) -> None:
    """Raise ValueError naming the field when a metric key does not fit its kind."""
    if metric not in MetricKind.values:
        raise ValueError(
            f"metric: {metric!r} is unknown; use one of {', '.join(MetricKind.values)}"
        )
    if metric == MetricKind.ICARE_ELEMENT and key not in {e.value for e in Element}:
        raise ValueError(f"metric key: {key!r} is not an ICARE element")
    if (
        metric == MetricKind.INTERNAL_NPS
        and not Team.objects.live().filter(pk=_int(key), organisation=organisation).exists()
    ):
        raise ValueError(f"metric key: team {key!r} is not a team of {organisation}")
    if (
        metric == MetricKind.MANAGER_PULSE
        and not Person.objects.filter(pk=_int(key), organisation=organisation).exists()
    ):
        raise ValueError(f"metric key: manager {key!r} is not in {organisation}")
    if metric == MetricKind.CARE_QUALITY and key not in CARE_QUALITIES:
        raise ValueError(f"metric key: {key!r} is not one of {', '.join(CARE_QUALITIES)}")
    if metric == MetricKind.CARE_BEHAVIOUR and key not in care_behaviours():
        raise ValueError(
            f"metric key: {key!r} is not a CARE behaviour; e.g. acknowledges_feelings, "
            "offers_solution (see `legendary.care.behaviours`)"
        )


def metric_range(metric: str) -> tuple[float, float]:
    """The values a metric can take: an internal NPS runs from -100 to 100, every other
    score (ICARE, manager pulse, CARE) and share of conversations from 0 to 100."""
    return (-100.0, 100.0) if metric == MetricKind.INTERNAL_NPS else (0.0, 100.0)


def check_value(metric: str, key: str, value: float, field: str) -> None:
    """Raise ValueError naming `field` when `value` lies outside the metric's range."""
    low, high = metric_range(metric)
    if not low <= value <= high:
        raise ValueError(
            f"{field}: {value:g} is outside {low:g} to {high:g}, the range of "
            f"{metric_label(metric, key)}; choose a value inside it"
        )


def care_behaviours() -> dict[str, str]:
    """The CARE behaviours a goal can target (not the breakers), id -> description."""
    from legendary.care.behaviours.base import registry

    return {b.id: b.description for b in registry().values() if not b.breaker}


def history(
    organisation: Organisation,
    metric: str,
    key: str,
    *,
    today: datetime.date,
    team: Team | None = None,
) -> list[MetricPoint]:
    """Every value the metric has had, oldest first (one per closed campaign for surveys).

    With `team`, an ICARE element is that team's own row of each campaign's results (the
    row its heat map shows, hidden when the team is too small); without, the organisation's,
    from surveys of the whole organisation only.
    """
    kind = {
        MetricKind.ICARE_ELEMENT: CampaignKind.ICARE,
        MetricKind.INTERNAL_NPS: CampaignKind.TEAM_MATRIX,
        MetricKind.MANAGER_PULSE: CampaignKind.MANAGER_PULSE,
    }.get(MetricKind(metric))
    if kind is None:
        point = _care_value(organisation, metric, key, today)
        return [point] if point else []
    campaigns = Campaign.objects.filter(
        organisation=organisation, kind=kind, launched_at__isnull=False, closes_on__lt=today
    ).order_by("closes_on")
    if kind == CampaignKind.ICARE and team is None:
        # The organisation's score comes from surveys of the whole organisation: the total
        # of a survey of a few teams is those teams' score, not the organisation's.
        campaigns = campaigns.filter(teams__isnull=True)
    points = []
    for campaign in campaigns:
        value = _survey_value(campaign, metric, key, today, team)
        if value is not None:
            points.append(MetricPoint(campaign.closes_on, value, campaign.title))
    return points


def current_value(
    organisation: Organisation,
    metric: str,
    key: str,
    *,
    today: datetime.date,
    team: Team | None = None,
) -> MetricPoint | None:
    """The latest known value, or None while nothing measures it (or its group is hidden);
    `team` as in `history`."""
    points = history(organisation, metric, key, today=today, team=team)
    return points[-1] if points else None


def _survey_value(
    campaign: Campaign, metric: str, key: str, today: datetime.date, team: Team | None
) -> float | None:
    if metric == MetricKind.ICARE_ELEMENT:
        results = icare_results(campaign, today=today)
        if team is None:
            return results.total.score(key)
        # The team's published row (everyone under it, nested teams included), never a
        # figure the results page does not show: one could be set against the rows it
        # does show to single people out.
        own = next((r for r in results.teams if r.key == str(team.pk)), None)
        return own.score(key) if own and not own.hidden else None
    if metric == MetricKind.INTERNAL_NPS:
        for rated in team_matrix_results(campaign, today=today):
            if str(rated.team.pk) == key and not rated.hidden:
                return rated.nps
        return None
    for row in manager_pulse_results(campaign, today=today):
        if str(row.manager.pk) == key and not row.hidden:
            return row.overall
    return None


def _care_value(
    organisation: Organisation, metric: str, key: str, today: datetime.date
) -> MetricPoint | None:
    """The organisation-wide CARE value of the weeks before today (scoped goals and plans
    use `care_metrics` with their team or person)."""
    from legendary.culture import care_metrics

    return care_metrics.before(care_metrics.CareScope(organisation), metric, key, today)


def _int(key: str) -> int:
    try:
        return int(key)
    except ValueError:
        return -1
