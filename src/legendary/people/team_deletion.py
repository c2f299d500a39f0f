"""Deleting a team: what it would do (for the confirmation page), then doing exactly that.

The decisions, which the confirmation page states before anything is written:
- its members stay in the organisation, without a team;
- its nested teams move up one level, into its own parent (or to the top level);
- a survey that is launched and not yet closed and that the team takes part in blocks the
  deletion: its answers would be split between the team and "no team" half way through;
- if anything of the past refers to the team (survey answers from it, ratings of it in an
  internal-service survey, a survey aimed at it, a goal or an action plan about it), the
  team is marked deleted instead of removed: closed results keep their figures, split by
  the same groups under the same name and the same minimum group size, and goals and plans
  keep naming it. Otherwise the row is removed, and its name is free either way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from legendary.assessments.models import Campaign, CampaignKind, Response, TeamRating
from legendary.assessments.services import scope_team_ids
from legendary.culture.models import ActionPlan, GapSource, Goal, MetricKind
from legendary.people.models import Person, Team
from legendary.people.services import PeopleError


@dataclass(frozen=True)
class TeamDeletion:
    """What deleting `team` does, worked out before anything is written."""

    team: Team
    members: list[Person]  # everyone whose team it is, active or not: they keep no team
    subteams: list[Team]  # its nested teams (one level down): they move into `new_parent`
    new_parent: Team | None
    survey_answers: int  # anonymous survey answers given from this team
    ratings: int  # ratings this team received in internal-service surveys
    surveys: int  # surveys aimed at this team (among others, perhaps)
    goals: int  # goals about this team (its own, or its internal NPS)
    plans: int  # action plans about this team
    running: list[Campaign]  # launched, not yet closed surveys it takes part in: refused

    @property
    def keeps_record(self) -> bool:
        """True if the team's row must stay (marked deleted) for the history that cites it."""
        return any((self.survey_answers, self.ratings, self.surveys, self.goals, self.plans))


def plan_team_deletion(team: Team, *, today: dt.date | None = None) -> TeamDeletion:
    """What `delete_team` would do to `team` today; nothing is written."""
    today = today or timezone.localdate()
    key = str(team.pk)
    campaigns = Campaign.objects.filter(organisation_id=team.organisation_id)
    members = list(Person.objects.filter(team=team).order_by("name"))
    return TeamDeletion(
        team=team,
        members=members,
        subteams=list(Team.objects.live().filter(parent=team).order_by("name")),
        new_parent=team.parent,
        survey_answers=Response.objects.filter(team=team).count(),
        ratings=TeamRating.objects.filter(rated_team=team).count(),
        surveys=campaigns.filter(teams=team).count(),
        goals=Goal.objects.filter(
            Q(team=team) | Q(metric=MetricKind.INTERNAL_NPS, metric_key=key),
            organisation_id=team.organisation_id,
        ).count(),
        plans=ActionPlan.objects.filter(
            Q(team=team)
            | Q(metric=MetricKind.INTERNAL_NPS, metric_key=key)
            | Q(source=GapSource.INTERNAL_SERVICE, source_key=key),
            organisation_id=team.organisation_id,
        ).count(),
        running=[
            campaign
            for campaign in campaigns.filter(
                launched_at__isnull=False, closes_on__gte=today
            ).order_by("closes_on")
            if _takes_part(campaign, team, has_members=bool(members))
        ],
    )


def _takes_part(campaign: Campaign, team: Team, *, has_members: bool) -> bool:
    """Does `team` answer, or get rated in, `campaign`?"""
    if campaign.kind == CampaignKind.TEAM_MATRIX:
        return True  # every team of the organisation can be rated in it
    # A survey of "Customer Care" is also one of the teams inside it.
    scope = scope_team_ids(campaign)
    return team.pk in scope if scope else has_members


def delete_team(team: Team, *, today: dt.date | None = None) -> TeamDeletion:
    """Delete `team` as `plan_team_deletion` describes it, in one transaction.

    Refused (PeopleError) while a survey it takes part in is running, and for a team that
    is already deleted. Returns the plan that was carried out.
    """
    if team.deleted_at is not None:
        raise PeopleError(f"team: {team.name} is already deleted")
    plan = plan_team_deletion(team, today=today)
    if plan.running:
        first = plan.running[0]
        raise PeopleError(
            f"team: {team.name} takes part in the survey {first.title!r}, which closes on "
            f"{first.closes_on:%d %B %Y}; delete the team after it closes, so that its "
            "answers are not split between the team and 'no team'"
        )
    with transaction.atomic():
        Person.objects.filter(team=team).update(team=None)
        Team.objects.filter(parent=team).update(parent=plan.new_parent)
        if plan.keeps_record:
            team.parent = None
            team.deleted_at = timezone.now()
            team.save(update_fields=["parent", "deleted_at"])
        else:
            team.delete()
    return plan
