"""Culture pages: the service vision and values, and the personal vision builder."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from legendary.assessments.access import require_person
from legendary.culture import access, services
from legendary.culture.forms import read_refusal
from legendary.culture.models import PersonalVision, ServiceVision
from legendary.people.models import Person, Role

VALUE_SLOTS = 6
LIST_SLOTS = 6


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """The culture overview: vision and values, my vision, goals and plans at a glance."""
    person = require_person(request.user)
    today = timezone.localdate()
    goals = list(access.visible_goals(request.user).filter(due_on__gte=today)[:6])
    plans = list(access.visible_plans(request.user).exclude(status__in=["done", "dropped"])[:6])
    return render(
        request,
        "culture/index.html",
        {
            "person": person,
            "my_vision": PersonalVision.objects.filter(person=person).first(),
            "goals": goals,
            "plans": plans,
            "today": today,
            "can_edit_vision": access.can_edit_service_vision(request.user),
            "can_plan": access.can_plan(request.user),
            "has_reports": access.reports_of(person).exists(),
        },
    )


@login_required
def service_vision_edit(request: HttpRequest) -> HttpResponse:
    """Leaders publish a new version of the vision and values; everyone reads the history."""
    person = require_person(request.user)
    can_edit = access.can_edit_service_vision(request.user)
    current = services.current_service_vision(person.organisation)
    errors: list[str] = []
    statement_refused = False
    existing = list(current.values) if current else []
    slots = [
        existing[i] if i < len(existing) else {"name": "", "description": ""}
        for i in range(VALUE_SLOTS)
    ]
    if request.method == "POST":
        if not can_edit:
            raise Http404("Only senior leaders and admins publish the service vision.")
        values = [
            (
                request.POST.get(f"value-{i}-name", ""),
                request.POST.get(f"value-{i}-description", ""),
            )
            for i in range(VALUE_SLOTS)
        ]
        # Sent back with an error, the form keeps the values as they were typed, and a
        # description without a name is marked on its own row.
        slots = [
            {
                "name": name,
                "description": text,
                "needs_name": bool(text.strip()) and not name.strip(),
            }
            for name, text in values
        ]
        try:
            services.publish_service_vision(
                person.organisation,
                statement=request.POST.get("statement", ""),
                values=values,
                by=person,
            )
        except services.CultureError as exc:
            # "statement: ..." goes under the statement box; the values' refusals above them.
            field, sentence = read_refusal(exc)
            errors.append(sentence)
            statement_refused = field == "statement"
        else:
            messages.success(request, "Published. Everyone sees the new vision on their home page.")
            return redirect("culture:vision")
    return render(
        request,
        "culture/service_vision.html",
        {
            "current": current,
            "history": ServiceVision.objects.filter(organisation=person.organisation)[1:],
            "can_edit": can_edit,
            "slots": slots,
            "errors": errors,
            "statement_refused": statement_refused,
            # Sent back, the box holds what was typed, even nothing: refilled with the current
            # vision it showed a full sentence under "write at least one full sentence".
            "statement": (
                request.POST.get("statement", "")
                if request.method == "POST"
                else (current.statement if current else "")
            ),
        },
    )


STEP_TITLES = {
    "strengths": "What you bring",
    "ways": "How you work with people",
    "hope": "What you hope for your customers",
    "statement": "Your service vision",
}


@login_required
def my_vision(request: HttpRequest, step: str = "") -> HttpResponse:
    """The personal service vision builder: four guided steps, each saved as you go."""
    person = require_person(request.user)
    vision = services.vision_for(person)
    step = step or services.next_vision_step(vision)
    if step not in services.VISION_STEPS:
        raise Http404("No such step.")
    unfinished = services.next_vision_step(vision)
    if step == "statement" and unfinished != "statement":
        # The draft is built from steps 1 to 3; opened before them it read "you chose , and ."
        # over "At my best I am myself.", and saving it is refused anyway.
        messages.info(request, "Your vision builds on steps 1 to 3: start with this one.")
        return redirect("culture:my_vision_step", step=unfinished)
    errors: list[str] = []
    if request.method == "POST":
        try:
            _save_step(person, step, request)
        except services.CultureError as exc:
            errors.append(str(exc))
        else:
            if step == "statement":
                messages.success(
                    request, "Your service vision is saved. It now greets you on your home page."
                )
                return redirect("culture:index")
            following = services.VISION_STEPS[services.VISION_STEPS.index(step) + 1]
            return redirect("culture:my_vision_step", step=following)
        vision.refresh_from_db()
    index = services.VISION_STEPS.index(step)
    return render(
        request,
        "culture/my_vision.html",
        {
            "vision": vision,
            "step": step,
            "step_number": index + 1,
            "steps": [
                {
                    "key": key,
                    "title": STEP_TITLES[key],
                    "state": "current" if key == step else "done" if i < index else "",
                }
                for i, key in enumerate(services.VISION_STEPS)
            ],
            "previous": services.VISION_STEPS[index - 1] if index else None,
            "title": STEP_TITLES[step],
            "slots": _slots(request, vision, step),
            "draft": request.POST.get("statement")
            or vision.statement
            or services.draft_statement(vision),
            "hope": request.POST.get("hope", vision.hope),
            "limits": {
                "entry": services.MAX_LIST_ENTRY,
                "hope": services.MAX_HOPE,
                "statement": services.MAX_STATEMENT,
            },
            "errors": errors,
        },
        status=400 if errors else 200,
    )


def _slots(request: HttpRequest, vision: PersonalVision, step: str) -> list[dict[str, object]]:
    """Entry rows for steps 1 and 2, keeping what was typed or saved before."""
    if step not in ("strengths", "ways"):
        return []
    saved = vision.strengths if step == "strengths" else vision.ways_of_working
    top = vision.top_strengths if step == "strengths" else vision.top_ways
    rows = []
    for i in range(LIST_SLOTS):
        if request.method == "POST":
            text = request.POST.get(f"entry-{i}", "")
            chosen = f"{i}" in request.POST.getlist("top")
        else:
            text = saved[i] if i < len(saved) else ""
            chosen = bool(text) and text in top
        rows.append({"index": i, "text": text, "chosen": chosen})
    return rows


def _save_step(person: Person, step: str, request: HttpRequest) -> None:
    entries = [request.POST.get(f"entry-{i}", "") for i in range(LIST_SLOTS)]
    top = [
        entries[int(i)] for i in request.POST.getlist("top") if i.isdigit() and int(i) < LIST_SLOTS
    ]
    if step == "strengths":
        services.save_strengths(person, entries, top)
    elif step == "ways":
        services.save_ways(person, entries, top)
    elif step == "hope":
        services.save_hope(person, request.POST.get("hope", ""))
    else:
        services.save_statement(person, request.POST.get("statement", ""))


@login_required
def team_visions(request: HttpRequest) -> HttpResponse:
    """A manager sees which of their people have written a personal vision (not its text)."""
    person = require_person(request.user)
    reports = list(access.reports_of(person).select_related("team"))
    if not reports and person.role not in (Role.MANAGER, Role.LEADER, Role.ADMIN):
        raise Http404("This page lists the personal visions of your reports.")
    done = set(
        PersonalVision.objects.filter(person__in=reports)
        .exclude(statement="")
        .values_list("person_id", flat=True)
    )
    rows = [{"person": p, "has_vision": p.pk in done} for p in reports]
    return render(
        request,
        "culture/team_visions.html",
        {"rows": rows, "with_vision": len(done), "total": len(reports)},
    )
