"""The service standards page: the rubric in use, the organisation's standards, and for QA
analysts and admins the forms that change them (each change adopts a new rubric version).

Managers and leaders read the page; frontline providers get a 404 like any page outside
their view (`permissions.can_view_rubric`, `permissions.can_edit_rubric`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from legendary.conversations import rubric_editing
from legendary.conversations.models import RubricVersion
from legendary.conversations.rubric_editing import TARGET_NOTES, RubricChangeError
from legendary.conversations.rubric_forms import (
    TARGET_RANGE,
    StandardForm,
    TargetsForm,
    WeightsForm,
    show_change_error,
)
from legendary.conversations.rubric_page import (
    behaviour_groups,
    standard_rows,
    target_rows,
    version_history,
)
from legendary.conversations.scoring import rubric_in_use
from legendary.people import permissions
from legendary.people.models import Organisation

PAGE = "standards:page"
SAVED = (
    "Saved as rubric version {version}. Conversations scored from now on use it; the "
    "scorecards you already have keep the version they were scored with until you score "
    "them again."
)


@login_required
@require_GET
def standards_page(request: HttpRequest) -> HttpResponse:
    """The rubric in use, its standards and, for editors, the forms that change them."""
    return _render(request, _organisation(request))


@login_required
@require_POST
def standard_new(request: HttpRequest) -> HttpResponse:
    """Add a standard; on a problem, the page again with the error next to its field."""
    organisation = _organisation(request, edit=True)
    return _save_standard(request, organisation, replacing=None)


@login_required
def standard_edit(request: HttpRequest, slug: str) -> HttpResponse:
    """The page with one standard's form filled in (GET), or that standard changed (POST)."""
    organisation = _organisation(request, edit=True)
    stored, rubric = rubric_in_use(organisation)
    standard = next((s for s in rubric.standards if s.slug == slug), None)
    if standard is None:
        raise Http404("The rubric in use has no such standard.")
    if request.method != "POST":
        form = StandardForm.for_standard(standard, stored.version)
        return _render(request, organisation, standard_form=form, editing=slug)
    return _save_standard(request, organisation, replacing=slug)


@login_required
@require_POST
def standard_remove(request: HttpRequest, slug: str) -> HttpResponse:
    """Adopt a version without this standard."""
    organisation = _organisation(request, edit=True)
    try:
        stored = rubric_editing.remove_standard(
            organisation, slug, based_on=request.POST.get("based_on") or None
        )
    except RubricChangeError as exc:
        messages.error(request, str(exc))
        return redirect(PAGE)
    return _saved(request, stored)


@login_required
@require_POST
def weights_save(request: HttpRequest) -> HttpResponse:
    """Adopt a version with the behaviour weights as submitted (if any changed)."""
    return _save_table(
        request,
        WeightsForm,
        lambda organisation, form, based_on: rubric_editing.set_weights(
            organisation, form.weights(), based_on=based_on
        ),
    )


@login_required
@require_POST
def targets_save(request: HttpRequest) -> HttpResponse:
    """Adopt a version with the reply-time targets as submitted (if any changed)."""
    return _save_table(
        request,
        TargetsForm,
        lambda organisation, form, based_on: rubric_editing.set_response_targets(
            organisation, form.seconds(), based_on=based_on
        ),
    )


TableForm = TypeVar("TableForm", WeightsForm, TargetsForm)


def _save_table(
    request: HttpRequest,
    form_class: Callable[..., TableForm],
    change: Callable[[Organisation, TableForm, str], RubricVersion | None],
) -> HttpResponse:
    """Save a form of one value per row of the rubric (`form_class`): `change` adopts
    what it holds, given the version the form was based on. The page after it saved (or
    saved nothing), or again with the problem on the form."""
    organisation = _organisation(request, edit=True)
    _, rubric = rubric_in_use(organisation)
    form = form_class(rubric, request.POST)
    done, stored = _change(form, lambda: change(organisation, form, form.cleaned_data["based_on"]))
    if done:
        return _saved(request, stored)
    if isinstance(form, WeightsForm):
        return _render(request, organisation, weights_form=form)
    return _render(request, organisation, targets_form=form)


@login_required
@require_POST
def rescore(request: HttpRequest) -> HttpResponse:
    """Queue a background rescore of every conversation of the organisation."""
    organisation = _organisation(request, edit=True)
    stored, _ = rubric_in_use(organisation)
    rubric_editing.queue_rescore(organisation)
    messages.success(
        request,
        f"Queued: every conversation will be scored again with version {stored.version}. "
        "Scorecards update as the background worker gets through them; you can keep "
        "working meanwhile.",
    )
    return redirect(PAGE)


def _organisation(request: HttpRequest, *, edit: bool = False) -> Organisation:
    """The viewer's organisation, or 404 for anyone who may not see (or change) the page."""
    person = permissions.person_for(request.user)
    allowed = permissions.can_edit_rubric if edit else permissions.can_view_rubric
    if person is None or not allowed(request.user):
        raise Http404("No such page, or not one you can see.")
    return person.organisation


def _save_standard(
    request: HttpRequest, organisation: Organisation, *, replacing: str | None
) -> HttpResponse:
    """Add (or with `replacing`, change) the posted standard; the page with errors if not."""
    form = StandardForm(request.POST)
    done, stored = _change(
        form,
        lambda: rubric_editing.save_standard(
            organisation,
            form.draft(),
            replacing=replacing,
            based_on=form.cleaned_data["based_on"],
        ),
    )
    if done:
        return _saved(request, stored)
    return _render(request, organisation, standard_form=form, editing=replacing or "")


def _change(
    form: forms.Form, change: Callable[[], RubricVersion | None]
) -> tuple[bool, RubricVersion | None]:
    """Run `change` when the form is valid. (True, what it adopted) when it ran; (False,
    None) with the problem shown on the form otherwise."""
    if not form.is_valid():
        return False, None
    try:
        return True, change()
    except RubricChangeError as exc:
        show_change_error(form, exc)
        return False, None


def _saved(request: HttpRequest, stored: RubricVersion | None) -> HttpResponse:
    if stored is None:
        messages.info(request, "Nothing changed, so the rubric stays as it was.")
    else:
        messages.success(request, SAVED.format(version=stored.version))
    return redirect(PAGE)


def _render(
    request: HttpRequest,
    organisation: Organisation,
    *,
    standard_form: StandardForm | None = None,
    weights_form: WeightsForm | None = None,
    targets_form: TargetsForm | None = None,
    editing: str = "",
) -> HttpResponse:
    stored, rubric = rubric_in_use(organisation)
    can_edit = permissions.can_edit_rubric(request.user)
    if can_edit and weights_form is None:
        weights_form = WeightsForm(rubric, initial={"based_on": stored.version})
    if can_edit and standard_form is None:
        standard_form = StandardForm(initial={"based_on": stored.version})
    if can_edit and targets_form is None:
        targets_form = TargetsForm(rubric, initial={"based_on": stored.version})
    # Each behaviour row carries its weight input (None when the viewer only reads).
    inputs = {name: weights_form[name] for name in weights_form.fields} if weights_form else {}
    standards = standard_rows(rubric)
    context = {
        "organisation": organisation,
        "stored": stored,
        "rubric": rubric,
        "groups": [
            (quality, [(row, inputs.get(row.behaviour)) for row in rows])
            for quality, rows in behaviour_groups(rubric)
        ],
        "standards": standards,
        "quality_weights": rubric.quality_weights,
        # Each target's row carries its number and unit inputs (None when read only).
        "targets": [
            (key, label, words, _target_inputs(targets_form, key), TARGET_NOTES.get(key, ""))
            for key, label, words in target_rows(rubric)
        ],
        "targets_form": targets_form,
        "target_range": TARGET_RANGE,
        "state": rubric_editing.rescore_state(organisation, stored),
        "history": version_history(organisation),
        "can_edit": can_edit,
        "editing": editing,
        "editing_name": next((row.name for row in standards if row.slug == editing), ""),
        "standard_form": standard_form,
        "weights_form": weights_form,
        "command": f"legendary rescore --all --organisation {organisation.slug}",
    }
    # The page again with errors is not a success: scripts and tests can tell.
    failed = any(
        form is not None and form.is_bound and form.errors
        for form in (standard_form, weights_form, targets_form)
    )
    status = 400 if failed else 200
    return render(request, "conversations/standards.html", context, status=status)


def _target_inputs(
    form: TargetsForm | None, key: str
) -> tuple[forms.BoundField, forms.BoundField] | None:
    """The number and unit inputs of the target `key`, or None on a read-only page."""
    if form is None or key not in form.fields:
        return None
    return form[key], form[f"{key}_unit"]
