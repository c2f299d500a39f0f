"""Internal-customer results: how managers serve their people, how teams serve each other.

The same anonymity rule as the ICARE results applies to every split published here:
managers are a split of the pulse's respondents, and for each rated team the rater teams
are a split of the people who rated it. Both pass through `anonymity.suppress`.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from legendary.assessments.anonymity import suppress
from legendary.assessments.icare import agreement_to_score
from legendary.assessments.itembank import load_item_bank
from legendary.assessments.models import (
    Answer,
    Campaign,
    CampaignKind,
    CampaignStatus,
    OpenAnswer,
    Response,
    TeamRating,
)
from legendary.assessments.results import NO_TEAM, ResultsNotAvailable
from legendary.people.models import Person, Team


def net_promoter_score(ratings: list[int]) -> float | None:
    """Percent promoters (9-10) minus percent detractors (0-6), from -100 to 100."""
    if not ratings:
        return None
    promoters = sum(1 for r in ratings if r >= 9)
    detractors = sum(1 for r in ratings if r <= 6)
    return round(100 * (promoters - detractors) / len(ratings), 1)


@dataclass(frozen=True)
class ManagerResult:
    """One manager's pulse: hidden rows carry no numbers."""

    manager: Person
    hidden: bool
    respondents: int | None
    statement_scores: dict[str, float | None]
    comments: list[str] | None  # None: too few respondents for comments

    @property
    def overall(self) -> float | None:
        values = [v for v in self.statement_scores.values() if v is not None]
        return round(sum(values) / len(values), 1) if values else None


def _require_closed(campaign: Campaign, kind: str, today: datetime.date) -> None:
    if campaign.kind != kind:
        raise ResultsNotAvailable(f"“{campaign.title}” is not a {CampaignKind(kind).label}")
    if campaign.status_on(today) != CampaignStatus.CLOSED:
        raise ResultsNotAvailable(
            f"results appear when the survey closes ({campaign.closes_on:%d %b %Y}), so that "
            "nobody can compare two moments and single out whoever answered in between"
        )


def manager_pulse_results(campaign: Campaign, *, today: datetime.date) -> list[ManagerResult]:
    """Every manager rated in a closed pulse, hidden where the group is too small."""
    _require_closed(campaign, CampaignKind.MANAGER_PULSE, today)
    responses = Response.objects.filter(campaign=campaign, subject_manager__isnull=False)
    counts: dict[str, int] = defaultdict(int)
    for manager_id in responses.values_list("subject_manager_id", flat=True):
        counts[str(manager_id)] += 1
    # No organisation-wide pulse figure is published, so there is no total to subtract from:
    # each manager is hidden only when their own group is small.
    disclosure = suppress(counts, campaign.min_group_scores, total_published=False)
    sums: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for manager_id, item_id, value in Answer.objects.filter(
        response__in=responses, value__isnull=False
    ).values_list("response__subject_manager_id", "item_id", "value"):
        if value is not None:
            sums[str(manager_id)][item_id].append(value)
    texts: dict[str, list[str]] = defaultdict(list)
    for manager_id, text in OpenAnswer.objects.filter(response__in=responses).values_list(
        "response__subject_manager_id", "text"
    ):
        texts[str(manager_id)].append(text)
    bank = load_item_bank(campaign.item_bank_version)
    managers = {str(p.pk): p for p in Person.objects.filter(pk__in=[int(k) for k in counts])}
    rows: list[ManagerResult] = []
    for key, manager in sorted(managers.items(), key=lambda kv: kv[1].name):
        if not disclosure.shows(key):
            rows.append(ManagerResult(manager, True, None, {}, None))
            continue
        # One answer per person and statement: a statement most of the group did not know
        # (too few answers) would be the score of one or two people, so it is left out.
        scores = {
            s.id: round(agreement_to_score(sum(v) / len(v)), 1)
            if len(v := sums[key][s.id]) >= campaign.min_group_scores
            else None
            for s in bank.pulse_statements
        }
        comments = (
            sorted(texts[key], key=str.lower)
            if counts[key] >= campaign.min_group_comments
            else None
        )
        rows.append(ManagerResult(manager, False, counts[key], scores, comments))
    return rows


@dataclass(frozen=True)
class MatrixCell:
    rater: str  # a team id as text, or NO_TEAM
    rated: Team
    hidden: bool
    respondents: int | None
    nps: float | None
    satisfaction: float | None


@dataclass(frozen=True)
class TeamServiceResult:
    """How one team is experienced by the teams that depend on it."""

    team: Team
    hidden: bool
    respondents: int | None
    nps: float | None
    satisfaction: float | None
    cells: list[MatrixCell]
    suggestions: list[str] | None


def team_matrix_results(campaign: Campaign, *, today: datetime.date) -> list[TeamServiceResult]:
    """Internal NPS per rated team, and rater x rated cells, all suppressed."""
    _require_closed(campaign, CampaignKind.TEAM_MATRIX, today)
    rows = TeamRating.objects.filter(response__campaign=campaign).values_list(
        "rated_team_id", "response__team_id", "likelihood", "satisfaction", "suggestion"
    )
    by_rated: dict[int, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    suggestions: dict[int, list[str]] = defaultdict(list)
    for rated_id, rater_id, likelihood, satisfaction, suggestion in rows:
        by_rated[rated_id][str(rater_id) if rater_id else NO_TEAM].append(
            (likelihood, satisfaction)
        )
        if suggestion.strip():
            suggestions[rated_id].append(suggestion.strip())
    teams = {t.pk: t for t in Team.objects.filter(pk__in=by_rated)}
    results: list[TeamServiceResult] = []
    for rated_id, per_rater in sorted(by_rated.items(), key=lambda kv: teams[kv[0]].name):
        team = teams[rated_id]
        disclosure = suppress({k: len(v) for k, v in per_rater.items()}, campaign.min_group_scores)
        cells = [
            MatrixCell(rater, team, True, None, None, None)
            if not disclosure.shows(rater)
            else MatrixCell(
                rater,
                team,
                False,
                len(pairs),
                net_promoter_score([p[0] for p in pairs]),
                _mean_satisfaction(pairs),
            )
            for rater, pairs in sorted(per_rater.items())
        ]
        everyone = [p for pairs in per_rater.values() for p in pairs]
        if not disclosure.total_visible:
            results.append(TeamServiceResult(team, True, None, None, None, cells, None))
            continue
        results.append(
            TeamServiceResult(
                team=team,
                hidden=False,
                respondents=len(everyone),
                nps=net_promoter_score([p[0] for p in everyone]),
                satisfaction=_mean_satisfaction(everyone),
                cells=cells,
                suggestions=sorted(suggestions[rated_id], key=str.lower)
                if len(everyone) >= campaign.min_group_comments
                else None,
            )
        )
    return results


def _mean_satisfaction(pairs: list[tuple[int, int]]) -> float | None:
    return round(sum(p[1] for p in pairs) / len(pairs), 2) if pairs else None


def latest_closed(organisation_id: int, kind: str, today: datetime.date) -> Campaign | None:
    """The most recent closed campaign of a kind, for dashboards and goals."""
    return (
        Campaign.objects.filter(
            organisation_id=organisation_id,
            kind=kind,
            launched_at__isnull=False,
            closes_on__lt=today,
        )
        .order_by("-closes_on")
        .first()
    )
