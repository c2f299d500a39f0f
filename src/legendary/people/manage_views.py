"""The administrator's people pages: invite someone, edit a person, re-send an invitation,
create, edit and delete teams.

Thin views: the form reads the input, `people.services` writes (and refuses), and
`permissions.require_people_manager` answers 404 to everyone who is not an administrator,
like every other page outside a user's view.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from smtplib import SMTPException

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from legendary.conversations.rubric_editing import TARGET_LABELS, TARGET_NOTES
from legendary.conversations.scoring import rubric_in_use
from legendary.people import permissions, services, team_deletion
from legendary.people.forms import (
    EditPersonForm,
    InvitePersonForm,
    OrganisationForm,
    RosterApplyForm,
    RosterUploadForm,
    TeamForm,
    add_people_error,
    plain_message,
)
from legendary.people.mail import send_invitation
from legendary.people.models import Person
from legendary.people.roster import RosterError, import_roster_text, roster_text

log = logging.getLogger(__name__)


def _invitation_sent(
    request: HttpRequest,
    invitation: services.Invitation,
    inviter: Person,
    *,
    again: bool,
    reset: bool = False,
) -> HttpResponse:
    """E-mail the invitation and show its link; a mail failure still leaves the link usable."""
    try:
        send_invitation(invitation, invited_by=inviter, reset=reset)
        emailed = True
    except (SMTPException, OSError):
        # The account exists and the link works; say the e-mail failed so it is passed on by hand.
        log.exception("invitation e-mail to %s failed", invitation.person.email)
        emailed = False
    return render(
        request,
        "people/invitation_sent.html",
        {
            "invitation": invitation,
            "subject": invitation.person,
            "emailed": emailed,
            "again": again,
            "reset": reset,
        },
    )


@login_required
def person_invite(request: HttpRequest) -> HttpResponse:
    """Invite someone: create their Person and account, e-mail them a one-time link."""
    inviter = permissions.require_people_manager(request.user)
    form = InvitePersonForm(request.POST or None, organisation=inviter.organisation)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            invitation = services.invite_new_person(
                inviter.organisation,
                data["name"],
                email=data["email"],
                role=data["role"],
                title=data["title"],
                team=data["team"],
                manager=data["manager"],
            )
        except services.PeopleError as exc:
            add_people_error(form, exc)
        else:
            return _invitation_sent(request, invitation, inviter, again=False)
    return render(request, "people/person_invite.html", {"form": form})


@login_required
def person_invite_email_check(request: HttpRequest) -> HttpResponse:
    """As the administrator types an address on the invite page (htmx): is it free?"""
    inviter = permissions.require_people_manager(request.user)
    email = request.GET.get("email", "")
    problem = ""
    if email.strip():
        try:
            services.check_invitation_email(inviter.organisation, email)
        except services.PeopleError as exc:
            problem = plain_message(exc)
    return render(request, "people/_email_check.html", {"problem": problem})


@login_required
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change someone's role, team, manager and title, or deactivate them."""
    admin = permissions.require_people_manager(request.user)
    person = permissions.person_or_404(request.user, pk)
    initial = {
        "name": person.name,
        "role": person.role,
        "title": person.title,
        "team": person.team,
        "manager": person.manager,
        "active": person.active,
    }
    form = EditPersonForm(request.POST or None, initial=initial, person=person)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_person(person, **form.cleaned_data, by=admin)
        except services.PeopleError as exc:
            add_people_error(form, exc)
        else:
            messages.success(request, f"Saved the changes to {person.name}.")
            return redirect("person_detail", pk=person.pk)
    return render(
        request,
        "people/person_edit.html",
        {
            "form": form,
            "subject": person,
            "awaits_password": services.awaits_first_password(person),
        },
    )


@require_POST
@login_required
def person_resend_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    """A fresh one-time link for someone who has not chosen a password yet."""
    return _fresh_link(request, pk, services.resend_invitation, reset=False)


@require_POST
@login_required
def person_password_link(request: HttpRequest, pk: int) -> HttpResponse:
    """A one-time link to choose a new password, for someone who forgot theirs."""
    return _fresh_link(request, pk, services.password_link, reset=True)


def _fresh_link(
    request: HttpRequest,
    pk: int,
    make: Callable[[Person], services.Invitation],
    *,
    reset: bool,
) -> HttpResponse:
    """Make a link for person `pk` with `make`, e-mail it and show it; a refusal goes back
    to their edit page with the reason."""
    admin = permissions.require_people_manager(request.user)
    person = permissions.person_or_404(request.user, pk)
    try:
        link = make(person)
    except services.PeopleError as exc:
        messages.error(request, plain_message(exc))
        return redirect("person_edit", pk=person.pk)
    return _invitation_sent(request, link, admin, again=True, reset=reset)


@login_required
def team_create(request: HttpRequest) -> HttpResponse:
    """Create a team, at the top level or inside another team."""
    admin = permissions.require_people_manager(request.user)
    form = TeamForm(request.POST or None, organisation=admin.organisation)
    if request.method == "POST" and form.is_valid():
        try:
            team = services.create_team(admin.organisation, **form.cleaned_data)
        except services.PeopleError as exc:
            add_people_error(form, exc)
        else:
            messages.success(request, f"Created the {team.name} team.")
            return redirect("team_detail", pk=team.pk)
    return render(request, "people/team_form.html", {"form": form, "team": None})


@login_required
def team_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Rename a team, move it inside another team, or change its description."""
    admin = permissions.require_people_manager(request.user)
    team = permissions.team_or_404(request.user, pk)
    initial = {"name": team.name, "parent": team.parent, "description": team.description}
    form = TeamForm(request.POST or None, initial=initial, organisation=admin.organisation)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_team(team, **form.cleaned_data)
        except services.PeopleError as exc:
            add_people_error(form, exc)
        else:
            messages.success(request, f"Saved the {team.name} team.")
            return redirect("team_detail", pk=team.pk)
    return render(request, "people/team_form.html", {"form": form, "team": team})


@login_required
def team_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Say exactly what deleting a team will do (GET); do it, all at once (POST)."""
    permissions.require_people_manager(request.user)
    team = permissions.team_or_404(request.user, pk)
    if request.method == "POST":
        try:
            done = team_deletion.delete_team(team)
        except services.PeopleError as exc:
            messages.error(request, plain_message(exc))
        else:
            messages.success(request, _deleted_note(done))
            return redirect("team_list")
    plan = team_deletion.plan_team_deletion(team)
    return render(request, "people/team_delete.html", {"team": team, "plan": plan})


@login_required
def organisation_settings(request: HttpRequest) -> HttpResponse:
    """Rename the organisation, and read the settings that are not the organisation's to
    change: the survey anonymity minimums and the reply-time targets."""
    admin = permissions.require_people_manager(request.user)
    organisation = admin.organisation
    form = OrganisationForm(request.POST or None, initial={"name": organisation.name})
    if request.method == "POST" and form.is_valid():
        try:
            services.rename_organisation(organisation, form.cleaned_data["name"])
        except services.PeopleError as exc:
            add_people_error(form, exc)
        else:
            messages.success(request, f"The organisation is now called {organisation.name}.")
            return redirect("organisation_settings")
    return render(
        request,
        "people/organisation.html",
        {
            "form": form,
            "organisation": organisation,
            "min_group_scores": settings.LEGENDARY_MIN_GROUP_SCORES,
            "min_group_comments": settings.LEGENDARY_MIN_GROUP_COMMENTS,
            # The rubric in use sets them (the Standards page changes them).
            "response_targets": [
                (TARGET_LABELS.get(key, key), _plain_duration(target), TARGET_NOTES.get(key, ""))
                for key, target in rubric_in_use(organisation)[1].response_targets
            ],
        },
    )


def _deleted_note(done: team_deletion.TeamDeletion) -> str:
    """What the team list says after a deletion: the team, its people, its nested teams."""
    note = f"Deleted the {done.team.name} team."
    if count := len(done.members):
        note += f" {count} {'person is' if count == 1 else 'people are'} now without a team."
    if done.subteams:
        names = ", ".join(sub.name for sub in done.subteams)
        where = f"into {done.new_parent.name}" if done.new_parent else "to the top level"
        note += f" {names} moved up {where}."
    return note


def _plain_duration(length: dt.timedelta) -> str:
    """A reply-time target as people say it: "1 minute", "4 hours", "90 seconds"."""
    seconds = int(length.total_seconds())
    for unit, size in (("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{seconds} seconds"


@login_required
def people_import(request: HttpRequest) -> HttpResponse:
    """Bring people in from a CSV file (`legendary import-people` in the browser): upload,
    see exactly what would change with every bad line named, then apply it all at once."""
    admin = permissions.require_people_manager(request.user)
    if request.method == "POST" and "apply" in request.POST:
        return _apply_roster(request, admin)
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        source = upload.name or "people.csv"
        try:
            text = roster_text(upload.read(), source)
            report = import_roster_text(admin.organisation, text, source, dry_run=True)
        except RosterError as exc:
            context.update(problems=exc.located(), source=source)
        else:
            apply_form = RosterApplyForm(initial={"text": text, "source": source})
            context.update(report=report, source=source, apply_form=apply_form)
    return render(request, "people/people_import.html", context)


def _apply_roster(request: HttpRequest, admin: Person) -> HttpResponse:
    """Store the checked file (checked again: the people may have changed meanwhile), then
    e-mail the invitations if asked; a failed e-mail shows its link to pass on by hand."""
    form = RosterApplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The checked file did not come back whole; upload it again.")
        return redirect("people_import")
    source = form.cleaned_data["source"]
    try:
        report = import_roster_text(
            admin.organisation,
            form.cleaned_data["text"],
            source,
            invite=form.cleaned_data["invite"],
        )
    except RosterError as exc:
        context = {"form": RosterUploadForm(), "problems": exc.located(), "source": source}
        return render(request, "people/people_import.html", context)
    sent = []
    for invitation in report.invitations:
        try:
            send_invitation(invitation, invited_by=admin)
            sent.append((invitation, True))
        except (SMTPException, OSError):
            log.exception("invitation e-mail to %s failed", invitation.person.email)
            sent.append((invitation, False))
    return render(
        request,
        "people/people_import.html",
        {"form": RosterUploadForm(), "report": report, "source": source, "sent": sent},
    )
