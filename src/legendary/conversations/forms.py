"""The conversation list's filter form: turns query parameters into ConversationFilters."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from urllib.parse import urlencode

from django import forms
from django.db.models import Model, QuerySet

from legendary.care.behaviours.base import registry
from legendary.care.scorecard import Quality
from legendary.care.scoring import FOLLOW_UPS
from legendary.conversations import filter_checks
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.models import Channel
from legendary.conversations.selectors import (
    FLAG_LABELS,
    LIST_ORDERS,
    NEWEST_FIRST,
    ConversationFilters,
)
from legendary.people.models import Person, Team
from legendary.web.params import bad_parameter

DATE_EXPECTED = "a date written YYYY-MM-DD, such as 2026-11-01"

#: The flag filter's choices: any, then the flags worth a human look, then the reminders.
FLAG_CHOICES: list[tuple[str, object]] = [
    ("", "Any flag"),
    (
        "Worth a human look",
        [(flag, label) for flag, label in FLAG_LABELS.items() if flag not in FOLLOW_UPS],
    ),
    ("To follow up", [(flag, label) for flag, label in FLAG_LABELS.items() if flag in FOLLOW_UPS]),
]


def behaviour_choices() -> list[tuple[str, object]]:
    """The behaviour filter's choices: any, then each CARE quality's behaviours by their
    names (as the CARE panels write them), then the breakers."""
    known = registry()
    groups: list[tuple[str, object]] = [
        (
            quality.value.capitalize(),
            [
                (key, behaviour_label(key))
                for key, spec in known.items()
                if spec.quality == quality.value and not spec.breaker
            ],
        )
        for quality in Quality
    ]
    breakers = [(key, behaviour_label(key)) for key, spec in known.items() if spec.breaker]
    return [("", "Any behaviour"), *groups, ("Breaking service", breakers)]


#: The outcome filter's choices, beside a behaviour: n/a is never "missing" (not needed).
OUTCOME_CHOICES = [("", "Shown or missing"), ("absent", "Missing"), ("present", "Shown")]

#: The reviewed filter's choices: a QA analyst builds a review queue from "no".
REVIEWED_CHOICES = [("", "Reviewed or not"), ("yes", "Reviewed"), ("no", "Not yet reviewed")]


class _ReadChoiceField(forms.ChoiceField):
    """A select whose value `filter_checks` judges, as the API's is, rather than the field's
    own options: one reading of channel, flag, reviewed, behaviour and outcome for the page,
    its CSV and the API."""

    def valid_value(self, value: str) -> bool:  # noqa: ARG002 (any value: judged in clean)
        return True


class ConversationFilterForm(forms.Form):
    """Channel, agent, team, date range, free text, order, flagged only, one flag, whether a
    person reviewed it and one behaviour shown or missing. A malformed value is left out
    and named (`problems`), never fatal."""

    q = forms.CharField(
        required=False,
        label="Search",
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": "Words, customer or subject"}
        ),
    )
    channel = _ReadChoiceField(
        required=False, choices=[("", "All channels"), *Channel.choices], label="Channel"
    )
    agent = forms.ModelChoiceField(
        queryset=Person.objects.none(), required=False, empty_label="Anyone", label="Served by"
    )
    team = forms.ModelChoiceField(
        queryset=Team.objects.none(), required=False, empty_label="Any team", label="Team"
    )
    since = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(required=False, choices=LIST_ORDERS, label="Order")
    flag = _ReadChoiceField(required=False, choices=FLAG_CHOICES, label="Flag")
    flagged = forms.BooleanField(required=False, label="Worth a human look")
    reviewed = _ReadChoiceField(required=False, choices=REVIEWED_CHOICES, label="Reviewed")
    behaviour = _ReadChoiceField(required=False, choices=behaviour_choices, label="Behaviour")
    outcome = _ReadChoiceField(required=False, choices=OUTCOME_CHOICES, label="Outcome")

    def __init__(
        self,
        *args: object,
        agents: QuerySet[Person] | None,
        teams: QuerySet[Team] | None = None,
        **kwargs: object,
    ) -> None:
        """`agents` are the people the "Served by" filter offers and `teams` the teams the
        "Team" filter offers; None leaves a filter out, for a viewer who reads only
        conversations they served themselves (it could offer only them, and choosing them
        would change nothing)."""
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # Only people and teams the viewer may see are offered, so the list cannot reveal
        # names; any other number is a malformed value, named and left out.
        for name, offered in (("agent", agents), ("team", teams)):
            if offered is None:
                del self.fields[name]
                continue
            chosen = self.fields[name]
            assert isinstance(chosen, forms.ModelChoiceField)
            chosen.queryset = offered

    #: The filter bar's two lines: who and when, then what happened and in which order.
    LINES = (
        ("q", "channel", "agent", "team", "since", "until"),
        ("behaviour", "outcome", "flag", "flagged", "reviewed", "sort"),
    )

    def lines(self) -> list[list[forms.BoundField]]:
        """The fields of the filter bar's two lines (`LINES`); a field left out for this
        viewer is in neither."""
        return [[self[name] for name in line if name in self.fields] for line in self.LINES]

    def problems(self, instead: str = "The “{label}” filter was left out.") -> list[str]:
        """One sentence per malformed parameter, naming it and what it should be, then
        `instead` (what the page did about it; `{label}` is the filter's label)."""
        self.is_valid()
        expected = {
            "since": DATE_EXPECTED,
            "until": DATE_EXPECTED,
            "agent": "the number of someone in the “Served by” list",
            "team": filter_checks.TEAM_EXPECTED,
            # The default order has no key (""), so it is named in words, not listed.
            "sort": ", ".join(f"{key} ({label})" for key, label in LIST_ORDERS if key)
            + f", or no sort for {dict(LIST_ORDERS)[NEWEST_FIRST].lower()}",
            "q": "words to search for, without control characters",
            **{name: filter_checks.expected(name) for name in filter_checks.CHOICE_FILTERS},
        }
        return [
            bad_parameter(
                name,
                str(self.data.get(name, "")),
                expected.get(name, "a valid value"),
                instead.format(label=self.fields[name].label),
            )
            for name in self.errors
            if name in self.fields
        ]

    def unknown(self, instead: str, quiet: Collection[str] = ("page",)) -> list[str]:
        """One sentence per parameter in the address that is no filter of this list (a
        misspelt `chanel=email`), naming it and the filters there are, then `instead`;
        the names in `quiet` are the page's own (`page`) and never named."""
        names = sorted(set(self.data) - set(self.fields) - set(quiet))
        return [
            f"“{name}” in the address is not a filter of this list; its filters are "
            f"{', '.join(self.fields)}. {instead}"
            for name in names
        ]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        # Read as the API reads them (a value not one of the filter's, an outcome without a
        # behaviour), so the page, its CSV and the API refuse the same values in the same words.
        problems = filter_checks.choice_problems(self.data)
        team = self.fields.get("team")
        if isinstance(team, forms.ModelChoiceField) and team.queryset is not None:
            # The API's reading of `team` too: not a number, no such team and not one of the
            # viewer's are one problem in one set of words.
            problem = filter_checks.team_problem(self.data.get("team"), team.queryset)
            problems += [problem] if problem is not None else []
        for problem in problems:
            if problem.name in self.fields:
                self.add_error(problem.name, problem.expected)
        since, until = data.get("since"), data.get("until")
        if isinstance(since, datetime.date) and isinstance(until, datetime.date) and until < since:
            # Kept as asked (so the list is empty), but said out loud: a silent "0
            # conversations" reads as "nothing happened in that week".
            self.add_error(
                None,
                f"“To” ({until.day} {until:%b %Y}) is before “From” "
                f"({since.day} {since:%b %Y}), so no conversation can match. Swap the two dates.",
            )
        return data

    def filters(self) -> ConversationFilters:
        """The filters from the valid fields; a malformed field counts as "any"."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        agent, team = data.get("agent"), data.get("team")
        return ConversationFilters(
            channel=data.get("channel") or "",
            agent=agent.pk if agent is not None else None,
            team=team.pk if team is not None else None,
            since=data.get("since"),
            until=data.get("until"),
            search=data.get("q") or "",
            flagged=bool(data.get("flagged")),
            flag=data.get("flag") or "",
            reviewed=data.get("reviewed") or "",
            behaviour=data.get("behaviour") or "",
            outcome=data.get("outcome") or "",
        )

    def query(self, **changes: str) -> str:
        """The list's address query for these filters, for page and flag links: only the
        valid fields, each written as the form reads it back (a date as YYYY-MM-DD, the
        agent's number), so a link never carries a malformed value on to the next page.
        `changes` set fields (an empty value leaves the field out)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        params: dict[str, str] = {}
        for name in self.fields:
            value = data.get(name)
            if name in self.errors or value in (None, "", False):
                continue
            if isinstance(value, datetime.date):
                params[name] = value.isoformat()
            elif isinstance(value, Model):
                params[name] = str(value.pk)
            else:
                params[name] = "on" if value is True else str(value)
        params.update(changes)
        return urlencode({name: value for name, value in params.items() if value})

    def order(self) -> str:
        """The chosen order of the list (a key of `selectors.LIST_ORDERS`), newest first if
        none or an unknown one was asked for."""
        self.is_valid()
        return str(getattr(self, "cleaned_data", {}).get("sort") or NEWEST_FIRST)
