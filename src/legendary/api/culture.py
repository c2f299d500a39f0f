"""Service vision, personal vision, goals and action plans over the API."""

# No `from __future__ import annotations`: django-ninja reads the types at runtime.

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Schema

from legendary.culture import access, metrics, services
from legendary.culture.models import ActionPlan, PersonalVision, ServiceVision
from legendary.people import permissions

router = Router(tags=["culture"])


class ValueOut(Schema):
    name: str
    description: str


class ServiceVisionOut(Schema):
    version: int
    statement: str
    values: list[ValueOut]
    published_at: str


class PersonalVisionOut(Schema):
    statement: str
    top_strengths: list[str]
    top_ways: list[str]
    hope: str
    complete: bool


class GoalOut(Schema):
    id: int
    title: str
    metric: str
    metric_key: str
    metric_label: str
    team_id: int | None
    # A goal for one person; with neither a team nor a person it is the organisation's.
    person_id: int | None
    baseline: float | None
    latest: float | None
    target: float
    due_on: str


class PlanOut(Schema):
    id: int
    title: str
    source: str
    source_key: str
    owner_id: int
    owner: str
    # Whose conversations a CARE plan's before and after count; null: the organisation's.
    team_id: int | None
    status: str
    due_on: str
    metric_label: str
    metric_before: float | None
    metric_after: float | None
    steps: list[str]


@router.get("/culture/vision", response=ServiceVisionOut, summary="The current service vision")
def service_vision(request: HttpRequest) -> ServiceVisionOut:
    person = permissions.person_for(request.user)
    vision = (
        ServiceVision.objects.filter(organisation_id=person.organisation_id).first()
        if person
        else None
    )
    if vision is None:
        raise Http404("No service vision has been published.")
    return ServiceVisionOut(
        version=vision.version,
        statement=vision.statement,
        values=[ValueOut(**v) for v in vision.values],
        published_at=vision.published_at.isoformat(),
    )


@router.get("/culture/me/vision", response=PersonalVisionOut, summary="My personal vision")
def my_vision(request: HttpRequest) -> PersonalVisionOut:
    person = permissions.person_for(request.user)
    vision = PersonalVision.objects.filter(person=person).first() if person else None
    if vision is None:
        raise Http404("You have not started a personal service vision yet.")
    return PersonalVisionOut(
        statement=vision.statement,
        top_strengths=vision.top_strengths,
        top_ways=vision.top_ways,
        hope=vision.hope,
        complete=vision.complete,
    )


@router.get("/culture/goals", response=list[GoalOut], summary="Goals you can see")
def goals(request: HttpRequest) -> list[GoalOut]:
    today = timezone.localdate()
    out = []
    for goal in access.visible_goals(request.user):
        # CARE figures follow people.permissions: a goal beyond the caller's view has none.
        shown = access.can_see_goal_figures(request.user, goal)
        progress = services.goal_progress(goal, today=today) if shown else []
        out.append(
            GoalOut(
                id=goal.pk,
                title=goal.title,
                metric=goal.metric,
                metric_key=goal.metric_key,
                metric_label=metrics.metric_label(goal.metric, goal.metric_key),
                team_id=goal.team_id,
                person_id=goal.person_id,
                baseline=goal.baseline if shown else None,
                latest=progress[-1].value if progress else None,
                target=goal.target,
                due_on=goal.due_on.isoformat(),
            )
        )
    return out


@router.get("/culture/plans", response=list[PlanOut], summary="Action plans you can see")
def plans(request: HttpRequest) -> list[PlanOut]:
    return [
        _plan_out(request, p) for p in access.visible_plans(request.user).select_related("owner")
    ]


def _plan_out(request: HttpRequest, p: ActionPlan) -> PlanOut:
    """A plan; its before and after only where the caller may see the figures."""
    shown = access.can_see_plan_figures(request.user, p)
    return PlanOut(
        id=p.pk,
        title=p.title,
        source=p.source,
        source_key=p.source_key,
        owner_id=p.owner_id,
        owner=p.owner.name,
        team_id=p.team_id,
        status=p.status,
        due_on=p.due_on.isoformat(),
        metric_label=metrics.metric_label(p.metric, p.metric_key),
        metric_before=p.metric_before if shown else None,
        metric_after=p.metric_after if shown else None,
        steps=[s.text for s in p.steps.all()],
    )
