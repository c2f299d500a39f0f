"""Goals with targets, action plans from gaps, and the library of suggested actions."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import ModelChoiceField
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from legendary.assessments.access import require_person
from legendary.assessments.icare import Element
from legendary.culture import access, care_metrics, charts, metrics, services
from legendary.culture.forms import (
    ActionPlanForm,
    GoalForm,
    MeasurementForm,
    StatusForm,
    add_refusal,
)
from legendary.culture.library import action as suggested_action
from legendary.culture.library import actions_for
from legendary.culture.metrics import CARE_QUALITIES
from legendary.culture.models import ActionStep, GapSource, Goal, MetricKind
from legendary.people import permissions
from legendary.web.params import bad_parameter, one_of

# Which kind of gap a plan started from a goal answers.
PLAN_SOURCE_FOR_METRIC: dict[str, str] = {
    MetricKind.ICARE_ELEMENT: GapSource.ICARE_ELEMENT,
    MetricKind.INTERNAL_NPS: GapSource.INTERNAL_SERVICE,
    MetricKind.CARE_BEHAVIOUR: GapSource.CARE_BEHAVIOUR,
}


@login_required
def goals(request: HttpRequest) -> HttpResponse:
    """Goals this person may see, each with its latest value against the target."""
    require_person(request.user)
    today = timezone.localdate()
    rows = services.goal_rows(
        request.user,
        access.visible_goals(request.user).select_related("team", "owner", "person"),
        today=today,
    )
    return render(
        request, "culture/goals.html", {"rows": rows, "can_plan": access.can_plan(request.user)}
    )


@login_required
def goal_new(request: HttpRequest) -> HttpResponse:
    person = require_person(request.user)
    if not access.can_plan(request.user):
        raise Http404("Leaders, admins and managers set goals.")
    today = timezone.localdate()
    form = GoalForm(
        request.POST or None,
        organisation=person.organisation,
        viewer=request.user,
        # "Set a goal for Fran" on a person's page arrives with ?person=; the field offers
        # only the people the viewer may set one for, so any other id selects no one.
        initial={
            "due_on": today + datetime.timedelta(days=180),
            "person": request.GET.get("person", ""),
            # A goal for one person is measured from their conversations: start the
            # measure there, not on the first survey element, which saving would refuse.
            **(
                {"measure": f"{MetricKind.CARE_QUALITY}:{CARE_QUALITIES[0]}"}
                if request.GET.get("person")
                else {}
            ),
        },
    )
    whole_organisation = permissions.sees_whole_organisation(request.user)
    if not whole_organisation:
        # Managers set goals for their teams; organisation goals belong to senior leaders.
        team_field = form.fields["team"]
        assert isinstance(team_field, ModelChoiceField)
        team_field.help_text = "One of your teams."
        team_field.empty_label = "Choose one of your teams"
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        team, subject = data["team"], data.get("person")
        if team is not None and not permissions.can_view_team(request.user, team):
            form.add_error("team", "Choose one of your own teams.")
        elif team is None and subject is None and not whole_organisation:
            form.add_error(
                "team",
                "Choose one of your teams, or one of your people: organisation goals are set "
                "by senior leaders.",
            )
        else:
            kind, key = data["measure"]
            try:
                goal = services.create_goal(
                    person.organisation,
                    title=data["title"],
                    metric=kind,
                    metric_key=key,
                    target=data["target"],
                    due_on=data["due_on"],
                    owner=person,
                    team=team,
                    person=subject,
                    today=today,
                )
            except (services.CultureError, ValueError) as exc:
                add_refusal(form, exc)
            else:
                return redirect("culture:goal", pk=goal.pk)
    return render(request, "culture/goal_new.html", {"form": form})


@login_required
def goal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A goal's metric over time, drawn against its target line."""
    goal = permissions.visible_or_404(
        access.visible_goals(request.user).select_related("team", "person", "owner"), pk
    )
    today = timezone.localdate()
    shown = access.can_see_goal_figures(request.user, goal)
    progress = services.goal_progress(goal, today=today) if shown else []
    latest = progress[-1].value if progress else None
    care = care_metrics.is_care_metric(goal.metric)
    return render(
        request,
        "culture/goal.html",
        {
            "goal": goal,
            "metric": metrics.metric_label(goal.metric, goal.metric_key),
            "progress": progress,
            "latest": latest,
            "percent": services.percent_to_target(goal, latest),
            "chart": charts.goal_chart(goal, progress) if progress else None,
            "plan_source": PLAN_SOURCE_FOR_METRIC.get(goal.metric)
            if access.can_plan(request.user)
            else None,
            "figures_hidden": not shown,
            "care_scope": care_metrics.goal_scope(goal).describe() if care else "",
            "care_metric": care,
            "measured": care and any(p.measured for p in progress),
            "measure_form": MeasurementForm(initial={"measured_on": today})
            if shown and _typed_in(goal, progress) and access.can_plan(request.user)
            else None,
        },
    )


@login_required
@require_POST
def goal_measure(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a CARE value by hand, only while no stored scorecard measures the goal."""
    goal = permissions.visible_or_404(access.visible_goals(request.user), pk)
    if not access.can_plan(request.user) or not access.can_see_goal_figures(request.user, goal):
        raise Http404("Only leaders, admins and managers record CARE measurements.")
    if not _typed_in(goal, services.goal_progress(goal, today=timezone.localdate())):
        raise Http404("Scored conversations measure this goal; figures are not typed in.")
    form = MeasurementForm(request.POST)
    if form.is_valid():
        try:
            services.record_measurement(
                goal,
                on=form.cleaned_data["measured_on"],
                value=form.cleaned_data["value"],
                source=form.cleaned_data["source"] or f"recorded by {request.user.get_username()}",
            )
        except ValueError as exc:
            messages.error(request, f"Not recorded: {exc}.")
        else:
            messages.success(request, "Measurement recorded.")
    else:
        messages.error(request, "Give a date and a number for the measurement.")
    return redirect("culture:goal", pk=goal.pk)


def _typed_in(goal: Goal, progress: list[metrics.MetricPoint]) -> bool:
    """A CARE goal takes typed-in figures only while no stored scorecard measures it."""
    return care_metrics.is_care_metric(goal.metric) and not any(p.measured for p in progress)


@login_required
def plans(request: HttpRequest) -> HttpResponse:
    require_person(request.user)
    return render(
        request,
        "culture/plans.html",
        {
            "plans": access.visible_plans(request.user).select_related("owner", "team"),
            "can_plan": access.can_plan(request.user),
            "today": timezone.localdate(),
        },
    )


@login_required
def plan_new(request: HttpRequest) -> HttpResponse:
    """Start a plan from a gap; `?source=&key=&action=` pre-fill it from a result or the library."""
    person = require_person(request.user)
    if not access.can_plan(request.user):
        raise Http404("Leaders, admins and managers start action plans.")
    today = timezone.localdate()
    source = request.GET.get("source", GapSource.ICARE_ELEMENT)
    if source not in GapSource.values:
        messages.error(
            request,
            bad_parameter(
                "source",
                source,
                one_of(GapSource.values),
                "The plan starts from an ICARE element instead.",
            ),
        )
        source = GapSource.ICARE_ELEMENT
    key = request.GET.get("key", "")
    picked = None
    if request.GET.get("action"):
        try:
            picked = suggested_action(request.GET["action"])
        except KeyError:
            messages.error(
                request,
                bad_parameter(
                    "action",
                    request.GET["action"],
                    "the id of an action from the library of actions",
                    "The plan starts empty.",
                ),
            )
            picked = None
    if picked:
        key = key or picked.element.value
    initial: dict[str, object] = {
        "owner": person.pk,
        "due_on": today + datetime.timedelta(days=60),
        "check_in_on": today + datetime.timedelta(days=90),
        "measure": _default_measure(source, key),
    }
    if picked:
        initial["title"] = picked.title
        initial["steps"] = "\n".join(picked.steps)
    owners = list(permissions.visible_people(request.user).filter(active=True))
    form = ActionPlanForm(
        request.POST or None,
        organisation=person.organisation,
        viewer=request.user,
        owners=owners,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        kind, metric_key = data["measure"]
        try:
            plan = services.create_action_plan(
                person.organisation,
                title=data["title"],
                source=source,
                source_key=key or metric_key,
                owner=data["owner"],
                due_on=data["due_on"],
                check_in_on=data["check_in_on"],
                metric=kind,
                metric_key=metric_key,
                steps=data["steps"].splitlines(),
                today=today,
                team=data["owner"].team,
                suggested_action=picked.id if picked else "",
            )
        except (services.CultureError, ValueError) as exc:
            add_refusal(form, exc)
        else:
            messages.success(
                request, "Plan saved, with today's value of the metric as its starting point."
            )
            return redirect("culture:plan", pk=plan.pk)
    element = _element_of(source, key)
    return render(
        request,
        "culture/plan_new.html",
        {
            "form": form,
            "source": GapSource(source),
            "key": key,
            "suggestions": actions_for(element) if element else [],
            "element": element,
        },
    )


def _element_of(source: str, key: str) -> Element | None:
    if (
        source in (GapSource.ICARE_ELEMENT, GapSource.LEVEL_GAP)
        and key in Element.__members__.values()
    ):
        return Element(key)
    if source == GapSource.INTERNAL_SERVICE:
        return Element.CULTURE  # internal service lives in the culture of service
    return None


def _default_measure(source: str, key: str) -> str:
    if source in (GapSource.ICARE_ELEMENT, GapSource.LEVEL_GAP) and key:
        return f"{MetricKind.ICARE_ELEMENT}:{key}"
    if source == GapSource.INTERNAL_SERVICE and key:
        return f"{MetricKind.INTERNAL_NPS}:{key}"
    if source == GapSource.CARE_BEHAVIOUR and key:
        return f"{MetricKind.CARE_BEHAVIOUR}:{key}"
    return ""


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = permissions.visible_or_404(
        access.visible_plans(request.user).select_related("owner"), pk
    )
    return render(
        request,
        "culture/plan.html",
        {
            "plan": plan,
            "metric": metrics.metric_label(plan.metric, plan.metric_key),
            "steps": plan.steps.all(),
            "can_change": access.can_change_plan(request.user, plan),
            "figures_hidden": not access.can_see_plan_figures(request.user, plan),
            "care_window": care_metrics.WINDOW.days
            if care_metrics.is_care_metric(plan.metric)
            else None,
            "status_form": StatusForm(initial={"status": plan.status}),
            "check_in_due": timezone.localdate() >= plan.check_in_on,
        },
    )


@login_required
@require_POST
def plan_update(request: HttpRequest, pk: int) -> HttpResponse:
    """Change status, tick a step, or check in; only the owner, leaders and admins."""
    plan = permissions.visible_or_404(access.visible_plans(request.user), pk)
    if not access.can_change_plan(request.user, plan):
        raise Http404("Only the plan's owner, leaders and admins update it.")
    try:
        if "status" in request.POST:
            services.set_plan_status(plan, request.POST["status"])
        elif "step" in request.POST:
            steps = ActionStep.objects.filter(plan=plan)
            services.toggle_step(permissions.visible_or_404(steps, request.POST["step"]))
        elif "check_in" in request.POST:
            services.check_in(plan, today=timezone.localdate())
            messages.success(request, "Checked in: the metric now shows before and after.")
    except services.CultureError as exc:
        messages.error(request, str(exc))
    return redirect("culture:plan", pk=plan.pk)


@login_required
def library(request: HttpRequest) -> HttpResponse:
    """Suggested actions per ICARE element, ready to become a plan."""
    require_person(request.user)
    return render(
        request,
        "culture/library.html",
        {
            "sections": [{"element": e, "actions": actions_for(e)} for e in Element],
            "can_plan": access.can_plan(request.user),
        },
    )
