"""Culture surveys over the API: campaigns, response rates and suppressed results.

Results come from the same suppressed tables as the pages, so the API can never show a
group the pages hide; filters select rows, they do not recompute anything.
"""

# No `from __future__ import annotations`: django-ninja reads the types at runtime.

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from legendary.assessments import access, services
from legendary.assessments.icare import Perspective
from legendary.assessments.internal import manager_pulse_results, team_matrix_results
from legendary.assessments.models import Campaign, CampaignKind
from legendary.assessments.results import GroupResult, ResultsNotAvailable
from legendary.assessments.selectors import visible_icare_results
from legendary.people import permissions
from legendary.people.models import Role
from legendary.web.params import one_of

router = Router(tags=["culture surveys"])


class CampaignOut(Schema):
    id: int
    kind: str
    title: str
    opens_on: str
    closes_on: str
    status: str
    invited: int
    answered: int
    response_rate: float
    min_group_scores: int
    min_group_comments: int


class GroupOut(Schema):
    key: str
    label: str
    hidden: bool
    respondents: int | None
    scores: dict[str, float | None]
    overall: float | None


class GapOut(Schema):
    element: str
    frontline: float | None
    manager: float | None
    leader: float | None
    leader_minus_frontline: float | None
    manager_minus_frontline: float | None


class ChangeOut(Schema):
    group: str
    element: str
    before: float
    now: float
    delta: float


class ResultsOut(Schema):
    campaign: CampaignOut
    focus: GroupOut | None
    total: GroupOut
    levels: list[GroupOut]
    teams: list[GroupOut]
    gaps: list[GapOut]
    changes: list[ChangeOut]


class ResultsQuery(Schema):
    team: str = Field(
        "",
        description="Only this team's row, as `focus` (its id): everyone in the team and in "
        "the teams nested in it. Not with `level`: level x team cells are never published.",
    )
    level: str = Field(
        "",
        description="Only this level's row, as `focus`: "
        + ", ".join(p.value for p in Perspective)
        + ".",
    )


class ManagerOut(Schema):
    manager_id: int
    manager: str
    hidden: bool
    respondents: int | None
    overall: float | None
    statement_scores: dict[str, float | None]


class TeamServiceOut(Schema):
    team_id: int
    team: str
    hidden: bool
    respondents: int | None
    internal_nps: float | None
    satisfaction: float | None


class InternalOut(Schema):
    campaign: CampaignOut
    managers: list[ManagerOut]
    teams: list[TeamServiceOut]


def _campaign_out(campaign: Campaign) -> CampaignOut:
    rate = services.response_rate(campaign)
    return CampaignOut(
        id=campaign.pk,
        kind=campaign.kind,
        title=campaign.title,
        opens_on=campaign.opens_on.isoformat(),
        closes_on=campaign.closes_on.isoformat(),
        status=campaign.status_on(timezone.localdate()),
        invited=rate.invited,
        answered=rate.answered,
        response_rate=rate.percent,
        min_group_scores=campaign.min_group_scores,
        min_group_comments=campaign.min_group_comments,
    )


def _group_out(row: GroupResult) -> GroupOut:
    return GroupOut(
        key=row.key,
        label=row.label,
        hidden=row.hidden,
        respondents=row.respondents,
        scores={e.value: s for e, s in row.scores.items()},
        overall=row.overall,
    )


@router.get("/assessments/campaigns", response=list[CampaignOut], summary="Survey campaigns")
def list_campaigns(request: HttpRequest) -> list[CampaignOut]:
    """Leaders, admins and managers: the organisation's campaigns with live response rates."""
    person = permissions.person_for(request.user)
    if person is None or not (
        access.can_run_campaigns(request.user) or access.can_read_results(request.user)
    ):
        return []
    return [_campaign_out(c) for c in access.visible_campaigns(request.user)]


@router.get("/assessments/campaigns/{campaign_id}", response=CampaignOut, summary="One campaign")
def get_campaign(request: HttpRequest, campaign_id: int) -> CampaignOut:
    return _campaign_out(access.campaign_or_404(request.user, campaign_id))


@router.get(
    "/assessments/campaigns/{campaign_id}/results",
    response=ResultsOut,
    summary="ICARE results, hidden below the anonymity threshold",
)
def campaign_results(
    request: HttpRequest, campaign_id: int, query: Query[ResultsQuery]
) -> ResultsOut:
    """Scores by level and team, gaps and change; `team` or `level` picks one row.

    409 while the campaign is open (results appear when it closes), 400 when both filters
    are given (level x team cells are never published).
    """
    campaign = access.campaign_or_404(request.user, campaign_id)
    if not access.can_read_results(request.user) or campaign.kind != CampaignKind.ICARE:
        raise Http404("No such results, or not ones you can see.")
    if query.team and not query.team.isdigit():
        raise HttpError(400, f"team: {query.team!r} is not a team id; expected a whole number")
    levels = [p.value for p in Perspective]
    if query.level and query.level not in levels:
        raise HttpError(400, f"level: {query.level!r} is not a level; expected {one_of(levels)}")
    try:
        visible = visible_icare_results(request.user, campaign, today=timezone.localdate())
        focus = visible.focus(team=query.team or None, level=query.level or None)
    except ResultsNotAvailable as exc:
        raise HttpError(409, str(exc)) from exc
    except LookupError as exc:
        raise Http404("No such team, or not one you can see.") from exc
    except ValueError as exc:
        raise HttpError(400, str(exc)) from exc
    results = visible.results
    return ResultsOut(
        campaign=_campaign_out(campaign),
        focus=_group_out(focus) if focus else None,
        total=_group_out(results.total),
        levels=[_group_out(r) for r in results.levels],
        teams=[_group_out(r) for r in visible.teams],
        gaps=[
            GapOut(
                element=g.element.value,
                frontline=g.frontline,
                manager=g.manager,
                leader=g.leader,
                leader_minus_frontline=g.leader_minus_frontline,
                manager_minus_frontline=g.manager_minus_frontline,
            )
            for g in results.gaps
        ],
        changes=[
            ChangeOut(
                group=c.group, element=c.element.value, before=c.before, now=c.now, delta=c.delta
            )
            for c in results.changes
        ],
    )


@router.get(
    "/assessments/campaigns/{campaign_id}/internal",
    response=InternalOut,
    summary="Manager pulse or internal service matrix results",
)
def internal_results(request: HttpRequest, campaign_id: int) -> InternalOut:
    """Managers see their own (and their managers') rows and their teams; leaders all."""
    campaign = access.campaign_or_404(request.user, campaign_id)
    if not access.can_read_results(request.user) or campaign.kind == CampaignKind.ICARE:
        raise Http404("No such results, or not ones you can see.")
    person = permissions.person_for(request.user)
    whole_org = person is not None and person.role in (Role.LEADER, Role.ADMIN)
    today = timezone.localdate()
    managers: list[ManagerOut] = []
    teams: list[TeamServiceOut] = []
    try:
        if campaign.kind == CampaignKind.MANAGER_PULSE:
            people = set(permissions.visible_people(request.user).values_list("id", flat=True))
            managers = [
                ManagerOut(
                    manager_id=r.manager.pk,
                    manager=r.manager.name,
                    hidden=r.hidden,
                    respondents=r.respondents,
                    overall=r.overall,
                    statement_scores=r.statement_scores,
                )
                for r in manager_pulse_results(campaign, today=today)
                if whole_org or r.manager.pk in people
            ]
        else:
            team_ids = set(permissions.visible_teams(request.user).values_list("id", flat=True))
            teams = [
                TeamServiceOut(
                    team_id=t.team.pk,
                    team=t.team.name,
                    hidden=t.hidden,
                    respondents=t.respondents,
                    internal_nps=t.nps,
                    satisfaction=t.satisfaction,
                )
                for t in team_matrix_results(campaign, today=today)
                if whole_org or t.team.pk in team_ids
            ]
    except ResultsNotAvailable as exc:
        raise HttpError(409, str(exc)) from exc
    return InternalOut(campaign=_campaign_out(campaign), managers=managers, teams=teams)
