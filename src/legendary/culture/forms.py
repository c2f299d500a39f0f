"""Forms for goals and action plans. A metric is chosen as one "kind:key" option."""

from __future__ import annotations

import datetime

from django import forms

from legendary.assessments.forms import date_input
from legendary.assessments.icare import Element
from legendary.culture import access
from legendary.culture.care_metrics import is_care_metric
from legendary.culture.metrics import CARE_QUALITIES, care_behaviours
from legendary.culture.models import MetricKind, PlanStatus
from legendary.lib.refusals import capitalised, split_refusal
from legendary.people import permissions
from legendary.people.models import Organisation, Person, Role, Team
from legendary.people.permissions import UserLike


def metric_choices(
    organisation: Organisation, viewer: UserLike | None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped options for every metric `viewer` may track in the organisation.

    A goal or plan shows its figures to everyone who sees it, so a survey metric is offered
    only where the viewer may already read its results: a manager's own pulse and those of
    the managers below them, and the internal NPS of the teams they see (as the internal
    service page shows them). Leaders and admins read every row. Otherwise a manager could
    set a goal on a peer's pulse and read it, and show it to their team, through the goal.
    """
    teams = Team.objects.live().filter(organisation=organisation)
    managers = Person.objects.filter(
        organisation=organisation, active=True, role__in=[Role.MANAGER, Role.LEADER]
    )
    if permissions.role_of(viewer) not in access.VISION_EDITORS:
        teams = teams.filter(pk__in=permissions.visible_teams(viewer).values("id"))
        managers = managers.filter(pk__in=permissions.visible_people(viewer).values("id"))
    return [
        ("ICARE element score", [(f"icare_element:{e.value}", e.label) for e in Element]),
        ("Internal NPS", [(f"internal_nps:{t.pk}", t.name) for t in teams.order_by("name")]),
        ("Manager pulse", [(f"manager_pulse:{m.pk}", m.name) for m in managers.order_by("name")]),
        ("CARE score", [(f"care_quality:{q}", q.capitalize()) for q in CARE_QUALITIES]),
        (
            "CARE behaviour (% of conversations)",
            [(f"care_behaviour:{b}", b.replace("_", " ")) for b in sorted(care_behaviours())],
        ),
    ]


# The names the services' refusals ("due date: ...") give fields whose form name differs.
REFUSAL_FIELDS = {"due date": "due_on", "check-in": "check_in_on", "metric key": "measure"}


def read_refusal(refusal: Exception) -> tuple[str, str]:
    """A service's refusal ("target: 500 is outside 0 to 100...") as the field it names
    and a sentence for people, without the field's code name in front."""
    name, what = split_refusal(str(refusal))
    return REFUSAL_FIELDS.get(name, name), capitalised(what.rstrip(".")) + "."


def add_refusal(form: forms.Form, refusal: Exception) -> None:
    """Show a service's refusal under the field it names, where a screen reader announces
    it with that field, rather than above the form; one naming no field stays above it."""
    field, sentence = read_refusal(refusal)
    if field in form.fields:
        form.add_error(field, sentence)
    else:
        form.add_error(None, str(refusal))


def split_metric(value: str) -> tuple[str, str]:
    kind, _, key = value.partition(":")
    if kind not in MetricKind.values or not key:
        raise forms.ValidationError("Choose what to measure from the list.")
    return kind, key


class GoalForm(forms.Form):
    title = forms.CharField(
        max_length=200, required=False, help_text="Left empty, the metric's name is used."
    )
    measure = forms.ChoiceField(label="What to measure")
    target = forms.FloatField()
    due_on = forms.DateField(label="By", widget=date_input())
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(),
        required=False,
        empty_label="The whole organisation",
        help_text="Leave empty for an organisation goal.",
    )
    person = forms.ModelChoiceField(
        label="Or for one person",
        queryset=Person.objects.none(),
        required=False,
        empty_label="No one person",
        help_text="Measured from their own conversations; seen by them, the managers above "
        "them and senior leaders.",
    )

    def __init__(
        self, *args: object, organisation: Organisation, viewer: UserLike | None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        measure = self.fields["measure"]
        assert isinstance(measure, forms.ChoiceField)
        measure.choices = metric_choices(organisation, viewer)
        team = self.fields["team"]
        assert isinstance(team, forms.ModelChoiceField)
        team.queryset = Team.objects.live().filter(organisation=organisation)
        person = self.fields["person"]
        assert isinstance(person, forms.ModelChoiceField)
        person.queryset = access.goal_people(viewer).order_by("name")
        person.error_messages["invalid_choice"] = (
            "Choose someone from the list: a goal for one person is set by their managers "
            "or a senior leader."
        )
        if not person.queryset.exists():
            del self.fields["person"]

    def clean_measure(self) -> tuple[str, str]:
        return split_metric(self.cleaned_data["measure"])

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        measure, team, person = data.get("measure"), data.get("team"), data.get("person")
        if person is not None and team is not None:
            self.add_error("person", "Choose a team or one person, not both.")
        elif person is not None and isinstance(measure, tuple) and not is_care_metric(measure[0]):
            # Survey results are shown for groups large enough to keep answers anonymous,
            # never for one person: a person's goal can only be measured from their service.
            self.add_error(
                "measure",
                "A goal for one person measures their own conversations: choose a CARE "
                "score or a CARE behaviour.",
            )
        return data


class ActionPlanForm(forms.Form):
    title = forms.CharField(max_length=200)
    measure = forms.ChoiceField(label="Metric to compare before and after")
    owner = forms.ModelChoiceField(queryset=Person.objects.none())
    due_on = forms.DateField(widget=date_input())
    check_in_on = forms.DateField(
        label="Check-in",
        widget=date_input(),
        help_text="When to measure again and compare.",
    )
    steps = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}), help_text="One step per line."
    )

    def __init__(
        self,
        *args: object,
        organisation: Organisation,
        viewer: UserLike | None,
        owners: list[Person],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        measure = self.fields["measure"]
        assert isinstance(measure, forms.ChoiceField)
        measure.choices = metric_choices(organisation, viewer)
        owner = self.fields["owner"]
        assert isinstance(owner, forms.ModelChoiceField)
        owner.queryset = Person.objects.filter(pk__in=[p.pk for p in owners])

    def clean_measure(self) -> tuple[str, str]:
        return split_metric(self.cleaned_data["measure"])

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        due, check = data.get("due_on"), data.get("check_in_on")
        if isinstance(due, datetime.date) and isinstance(check, datetime.date) and check < due:
            self.add_error(
                "check_in_on", "Check in on or after the due date, once the actions are done."
            )
        return data


class MeasurementForm(forms.Form):
    measured_on = forms.DateField(label="Date", widget=date_input())
    value = forms.FloatField()
    source = forms.CharField(
        max_length=200, required=False, help_text="Where the figure comes from."
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=PlanStatus.choices)
