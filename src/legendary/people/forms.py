"""Forms for the administrator's people pages: invite, edit a person, create or edit a team.

The forms only read and tidy input; every rule (unique e-mail, no reporting loops, no team
inside itself) lives in `people.services`, and `add_people_error` puts a refusal from there
next to the field it names.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.urls import reverse_lazy

from legendary.lib.refusals import capitalised, split_refusal
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.services import PeopleError


def plain_message(error: PeopleError) -> str:
    """The explanation of a refused write without its "field: " prefix, as a sentence.

    The prefix is for logs and the CLI; on a page the place is plain from where the message
    sits (next to the field, or on the page of the person concerned).
    """
    return capitalised(split_refusal(str(error))[1])


def add_people_error(form: forms.Form, error: PeopleError) -> None:
    """Show a refused write on `form`: next to the field it names, else above the form."""
    if error.field in form.fields:
        form.add_error(error.field, plain_message(error))
    else:
        form.add_error(None, str(error))


class _PersonFields(forms.Form):
    """What an administrator sets about someone: shared by the invite and edit forms."""

    name = forms.CharField(
        max_length=200,
        label="Full name",
        error_messages={"required": "Give their full name, as their colleagues know it."},
    )
    role = forms.ChoiceField(
        choices=Role.choices,
        initial=Role.FRONTLINE,
        help_text="Decides what they see: frontline providers see their own work, managers "
        "their reporting line, leaders, analysts and admins the whole organisation.",
    )
    title = forms.CharField(max_length=200, required=False, label="Job title")
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(), required=False, empty_label="No team"
    )
    manager = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        required=False,
        label="Reports to",
        empty_label="Nobody",
        help_text="Their manager sees their conversations and scores.",
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        team = self.fields["team"]
        assert isinstance(team, forms.ModelChoiceField)
        team.queryset = Team.objects.live().filter(organisation=organisation)
        manager = self.fields["manager"]
        assert isinstance(manager, forms.ModelChoiceField)
        manager.queryset = Person.objects.filter(organisation=organisation, active=True)


class InvitePersonForm(_PersonFields):
    email = forms.EmailField(
        label="Work e-mail",
        # Asks the server, as the address is typed, whether it is free (_email_check.html).
        widget=forms.EmailInput(
            attrs={
                "hx-get": reverse_lazy("person_invite_email_check"),
                "hx-trigger": "change, keyup changed delay:500ms",
                "hx-target": "#id_email_check",
                "hx-swap": "innerHTML",
                "autocomplete": "off",
            }
        ),
        help_text="The invitation goes here, and it becomes their sign-in name.",
        error_messages={"required": "Give their work e-mail: the invitation is sent there."},
    )

    field_order = ["name", "email", "role", "team", "manager", "title"]
    # Fields whose answer the page asks for while typing; the template gives each a box.
    live_checked = ("email",)


class EditPersonForm(_PersonFields):
    active = forms.BooleanField(
        required=False,
        label="Still with the organisation",
        help_text="Untick when someone leaves: they can no longer sign in, and their "
        "conversations and history stay.",
    )

    def __init__(self, *args: Any, person: Person, **kwargs: Any) -> None:
        super().__init__(*args, organisation=person.organisation, **kwargs)
        manager = self.fields["manager"]
        assert isinstance(manager, forms.ModelChoiceField)
        # Keep a deactivated manager selectable, so saving other fields does not drop them.
        manager.queryset = Person.objects.filter(organisation=person.organisation).exclude(
            pk=person.pk
        )


# The import page carries the checked file back to the server in a hidden field when the
# administrator applies it; Django refuses form fields over 2.5 MB (a roster of this size
# is some 20,000 people: the command line has no limit).
ROSTER_MAX_BYTES = 2 * 1024 * 1024


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text="Saved from the spreadsheet as CSV UTF-8; commas, semicolons or tabs. "
        "Up to 2 MB.",
        error_messages={
            "required": "Choose the CSV file of your people to upload.",
            "empty": "This file is empty: save the spreadsheet as CSV again.",
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,text/csv"}),
    )

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        if (upload.size or 0) > ROSTER_MAX_BYTES:
            raise forms.ValidationError(
                f"{upload.name} is larger than 2 MB; split it into parts (each imports on "
                "its own) or use legendary import-people on the server"
            )
        return upload


class RosterApplyForm(forms.Form):
    """The checked file, sent back to be applied (it is checked again, all or nothing)."""

    text = forms.CharField(widget=forms.HiddenInput, strip=False, max_length=ROSTER_MAX_BYTES)
    source = forms.CharField(widget=forms.HiddenInput, max_length=255)
    invite = forms.BooleanField(required=False)


class OrganisationForm(forms.Form):
    name = forms.CharField(
        max_length=200,
        label="Organisation name",
        help_text="Shown at the top of every page, in invitations and in survey e-mails.",
        error_messages={"required": "Give the organisation a name: the one its people know."},
    )


class TeamForm(forms.Form):
    name = forms.CharField(
        max_length=200,
        label="Team name",
        error_messages={"required": "Give the team a name: the one its people use."},
    )
    parent = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        required=False,
        label="Part of",
        empty_label="Nothing (a top-level team)",
        help_text="The team this one sits inside; its head count then includes this team.",
    )
    # A box of a few lines: a one-line input showed a description's first words only.
    description = forms.CharField(
        max_length=500, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        parent = self.fields["parent"]
        assert isinstance(parent, forms.ModelChoiceField)
        # Every team of the organisation is offered, even the team itself and those inside
        # it: the service refuses those with an explanation instead of hiding the option.
        parent.queryset = Team.objects.live().filter(organisation=organisation)
