"""Forms for launching campaigns and reading survey answers out of a POST."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone

from legendary.assessments.icare import DONT_KNOW
from legendary.assessments.itembank import OpenQuestion, Statement
from legendary.assessments.models import CampaignKind
from legendary.assessments.services import Submission, TeamRatingInput
from legendary.people.models import Organisation, Team


def date_input() -> forms.DateInput:
    """A browser date picker; it only accepts ISO dates, whatever the site's locale."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class _TeamsField(forms.ModelMultipleChoiceField[Team]):
    """Teams by id; an id past what the database holds is "not a valid value", where Django's
    own field let SQLite raise OverflowError (a 500) on `pk__in`."""

    def clean(self, value: Any) -> Any:
        for pk in value if isinstance(value, (list, tuple)) else ():
            if str(pk).isascii() and str(pk).isdigit() and int(str(pk)) >= 2**63:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super().clean(value)


# The largest anonymity threshold a campaign takes: a group of a thousand people is safe
# by any standard, and the database keeps the thresholds as small integers.
MAX_THRESHOLD = 1000
# The longest a survey runs, and how far ahead one may be planned.
LONGEST_SURVEY = datetime.timedelta(days=366)


class CampaignForm(forms.Form):
    kind = forms.ChoiceField(choices=CampaignKind.choices, label="Survey")
    title = forms.CharField(max_length=200, help_text="People see this in their invitation.")
    opens_on = forms.DateField(widget=date_input())
    closes_on = forms.DateField(widget=date_input())
    teams = _TeamsField(
        queryset=Team.objects.none(),
        required=False,
        help_text="A team includes the teams inside it. Leave empty to invite the whole "
        "organisation.",
        widget=forms.CheckboxSelectMultiple,
    )
    min_group_scores = forms.IntegerField(
        min_value=3,
        max_value=MAX_THRESHOLD,
        label="Smallest group for scores",
        help_text="Never below 3.",
    )
    min_group_comments = forms.IntegerField(
        min_value=3,
        max_value=MAX_THRESHOLD,
        label="Smallest group for comments",
        help_text="Never below 3, nor below the group for scores.",
    )

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        teams = self.fields["teams"]
        assert isinstance(teams, forms.ModelMultipleChoiceField)
        teams.queryset = Team.objects.live().filter(organisation=organisation)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        opens, closes = data.get("opens_on"), data.get("closes_on")
        if (
            isinstance(opens, datetime.date)
            and isinstance(closes, datetime.date)
            and closes < opens
        ):
            self.add_error("closes_on", "The close date must be on or after the open date.")
        elif isinstance(closes, datetime.date) and closes < timezone.localdate():
            self.add_error(
                "closes_on",
                "This date has passed: choose a close date from today on, so people have "
                "time to answer.",
            )
        elif isinstance(opens, datetime.date) and isinstance(closes, datetime.date):
            # Typed by hand, a year 1 or 9999 date passed: a survey nobody could run.
            if opens > timezone.localdate() + LONGEST_SURVEY:
                self.add_error(
                    "opens_on",
                    f"Choose an open date within {LONGEST_SURVEY.days} days from today; "
                    "a survey is planned a year ahead at most.",
                )
            elif closes - opens > LONGEST_SURVEY:
                self.add_error(
                    "closes_on",
                    f"A survey runs for {LONGEST_SURVEY.days} days at most: choose a close "
                    "date nearer the open date (two to four weeks is usual).",
                )
        scores, comments = data.get("min_group_scores"), data.get("min_group_comments")
        if isinstance(scores, int) and isinstance(comments, int) and comments < scores:
            # Someone's own words give them away sooner than an average of their ticks.
            self.add_error(
                "min_group_comments",
                f"Comments say more about who wrote them than scores do: make this at least "
                f"{scores}, the smallest group for scores.",
            )
        return data


# The longest comment or suggestion kept (the text boxes stop typing there too).
MAX_ANSWER_LENGTH = 4000


LIKELIHOODS = frozenset(str(n) for n in range(11))
SATISFACTIONS = frozenset(str(n) for n in range(1, 6))


def team_rating_rows(teams: list[Team], post: QueryDict | None) -> list[dict[str, object]]:
    """Each team of the internal-service questionnaire with what was posted for it, so a page
    sent back with an error keeps every rating and suggestion already given."""
    rows: list[dict[str, object]] = []
    for team in teams:
        field = f"team-{team.id}"
        rows.append(
            {
                "team": team,
                "likelihood": post.get(f"{field}-likelihood", "") if post else "",
                "satisfaction": post.get(f"{field}-satisfaction", "") if post else "",
                "suggestion": post.get(f"{field}-suggestion", "") if post else "",
            }
        )
    return rows


def parse_submission(
    post: QueryDict,
    statements: list[Statement],
    open_questions: list[OpenQuestion],
    teams: list[Team],
) -> tuple[Submission, list[str]]:
    """Read one questionnaire POST; the errors name the statement or team to fix."""
    submission = Submission()
    errors: list[str] = []
    for number, statement in enumerate(statements, start=1):
        raw = post.get(f"item-{statement.id}", "")
        if raw == DONT_KNOW:
            submission.answers[statement.id] = None
        elif raw in {"1", "2", "3", "4", "5"}:
            submission.answers[statement.id] = int(raw)
        elif raw.strip():
            # Only a hand-made post sends another value; "no answer yet" would not say why.
            errors.append(
                f"Statement {number}: “{raw[:20]}” is not one of the answers; choose from 1 "
                "(strongly disagree) to 5 (strongly agree), or “don't know”."
            )
        else:
            errors.append(f"Statement {number} has no answer yet (choose “don't know” if unsure).")
    for number, question in enumerate(open_questions, start=1):
        text = post.get(f"open-{question.id}", "").strip()
        if len(text) > MAX_ANSWER_LENGTH:
            # Cutting it short would lose the end of what someone chose to tell us.
            errors.append(_too_long(f"Your answer to question {number} in your own words", text))
        elif text:
            submission.open_answers[question.id] = text
    for team in teams:
        likelihood = post.get(f"team-{team.id}-likelihood", "").strip()
        satisfaction = post.get(f"team-{team.id}-satisfaction", "").strip()
        if not likelihood and not satisfaction:
            continue  # a team the respondent does not depend on
        # Compared as text: str.isdigit() also passes "²", which int() then refuses (a 500).
        if likelihood not in LIKELIHOODS or satisfaction not in SATISFACTIONS:
            errors.append(
                f"For {team.name}, give both a 0-10 rating and a satisfaction score from 1 to 5."
            )
            continue
        suggestion = post.get(f"team-{team.id}-suggestion", "")
        if len(suggestion) > MAX_ANSWER_LENGTH:
            errors.append(_too_long(f"Your suggestion for {team.name}", suggestion))
            continue
        submission.team_ratings.append(
            TeamRatingInput(
                rated_team=team,
                likelihood=int(likelihood),
                satisfaction=int(satisfaction),
                suggestion=suggestion,
            )
        )
    if teams and not submission.team_ratings and not errors:
        errors.append("Rate at least one team you depend on.")
    return submission, errors


def _too_long(what: str, text: str) -> str:
    return (
        f"{what} is {len(text):,} characters long; shorten it to {MAX_ANSWER_LENGTH:,} or "
        "fewer so none of it is lost."
    )
